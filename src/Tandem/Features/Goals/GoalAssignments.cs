using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;

namespace Tandem.Features.Goals;

/// <summary>
/// Bulk assignment: a goal used as a template is copied to every active member of a team or department, each
/// copy owned by the member, with the template's key results (starting again), aligned to the template's
/// parent. Members who already have a copy of the template are skipped, so assigning twice is harmless.
/// </summary>
public sealed class GoalAssignments(TandemDb db, GoalAccess access, GoalRollups rollups, TimeProvider time)
{
    /// <summary>The most members one assignment copies a goal to; a larger group is assigned team by team.</summary>
    public const int MembersMax = 500;

    public async Task<Outcome<AssignResult>> AssignAsync(Guid templateId, AssignInput input, CancellationToken ct)
    {
        var template = await db.Goals.Include(g => g.KeyResults).Include(g => g.Period).SingleOrDefaultAsync(g => g.Id == templateId, ct);
        if (template is null || !await access.CanReadAsync(templateId, ct)) return Failure.NotFound("No such goal.");
        // A person's goal is theirs: only the goals of a team, a department or the company are handed down.
        if (template.OwnerType == GoalOwnerType.Person)
            return Failure.Invalid(nameof(templateId), "Only team, department and company goals can be assigned to a group's members.");
        if (!await access.CanEditAsync(template, ct)) return Failure.Forbidden("Only people who may change this goal assign it.");
        if (template.Period?.ClosedAt is not null) return Failure.Invalid("PeriodId", "This goal's period is closed.");
        if ((input.TeamId is null) == (input.DepartmentId is null))
            return Failure.Invalid(nameof(input.TeamId), "Choose a team or a department (one of them).");
        if (input.TeamId is { } t && !await db.Teams.AnyAsync(x => x.Id == t, ct)) return Failure.Invalid(nameof(input.TeamId), "Choose a team of this organisation.");
        if (input.DepartmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d, ct))
            return Failure.Invalid(nameof(input.DepartmentId), "Choose a department of this organisation.");
        // The target is a group whose goals the assigner may set: HR admins any, a manager the teams and departments they lead.
        var targetType = input.TeamId is not null ? GoalOwnerType.Team : GoalOwnerType.Department;
        if (!await access.CanManageGroupAsync(targetType, input.TeamId, input.DepartmentId, ct))
            return Failure.Invalid(input.TeamId is not null ? nameof(input.TeamId) : nameof(input.DepartmentId),
                "Choose a team or department you lead; HR admins assign to any.");

        var members = await db.People.AsNoTracking()
            .Where(p => p.Status != PersonStatus.Left && (input.TeamId != null ? p.TeamId == input.TeamId : p.DepartmentId == input.DepartmentId))
            .Select(p => p.Id).Take(MembersMax + 1).ToListAsync(ct);
        if (members.Count > MembersMax)
            return Failure.Invalid(input.TeamId is not null ? nameof(input.TeamId) : nameof(input.DepartmentId),
                $"This group has more than {MembersMax} members: assign the goal to its teams one at a time.");
        var already = await db.Goals.Where(g => g.TemplateGoalId == templateId && members.Contains(g.OwnerPersonId!.Value))
            .Select(g => g.OwnerPersonId!.Value).ToListAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = 0;
        foreach (var member in members.Except(already))
        {
            var copy = new Goal
            {
                Id = Ids.New(time),
                Title = template.Title,
                Description = template.Description,
                OwnerType = GoalOwnerType.Person,
                OwnerPersonId = member,
                PeriodId = template.PeriodId,
                DueDate = template.DueDate,
                Commitment = template.Commitment,
                Visibility = GoalVisibility.Public,
                ParentGoalId = template.ParentGoalId,
                TemplateGoalId = template.Id,
                CreatedById = access.PersonId,
            };
            foreach (var kr in template.KeyResults.OrderBy(k => k.Position))
            {
                copy.KeyResults.Add(new KeyResult
                {
                    Id = Ids.New(time), GoalId = copy.Id, Title = kr.Title, Kind = kr.Kind, Start = kr.Start, Target = kr.Target,
                    Current = kr.Start, Unit = kr.Unit, Weight = kr.Weight, Position = kr.Position,
                });
            }
            db.Goals.Add(copy);
            created++;
        }
        await db.SaveChangesAsync(ct);
        // New copies start at zero: the parent's average moves.
        await rollups.RecomputeFromAsync(template.ParentGoalId, ct);
        await transaction.CommitAsync(ct);
        return new AssignResult(created, already.Count);
    }
}
