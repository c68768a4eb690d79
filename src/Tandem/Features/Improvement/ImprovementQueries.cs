using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Features.People;

namespace Tandem.Features.Improvement;

/// <summary>Reading improvement plans: a person's list and one plan, for their readers only; an HR admin's read outside their line is audited.</summary>
public sealed class ImprovementQueries(TandemDb db, ImprovementAccess access, GoalAccess goals, AdminReads adminReads)
{
    public async Task<List<PlanSummary>?> ListAsync(Guid personId, CancellationToken ct)
    {
        if (!await access.CanReadAsync(personId, ct) || !await db.People.AnyAsync(p => p.Id == personId, ct)) return null;
        var rows = await db.ImprovementPlans.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.StartsOn)
            .Select(p => new { p.Id, p.StartsOn, p.EndsOn, p.Outcome, p.Expectations, Checkpoints = db.ImprovementCheckpoints.Count(c => c.PlanId == p.Id) })
            .ToListAsync(ct);
        if (rows.Count > 0) await adminReads.RecordAsync("improvement plans", [personId], ct);
        return [.. rows.Select(p => new PlanSummary(p.Id, p.StartsOn, p.EndsOn, p.Outcome, ImprovementRules.Label(p.Outcome), p.Expectations.Items.Count, p.Checkpoints))];
    }

    /// <summary>Whether the person has a plan (for their own profile's link; no read is recorded).</summary>
    public async Task<bool> ExistsAsync(Guid personId, CancellationToken ct) =>
        await access.CanReadAsync(personId, ct) && await db.ImprovementPlans.AnyAsync(p => p.PersonId == personId, ct);

    public async Task<PlanDetails?> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await db.ImprovementPlans.AsNoTracking().Where(p => p.Id == id).Select(p => new
        {
            Plan = p,
            Person = db.People.Where(x => x.Id == p.PersonId).Select(x => x.Name).First(),
            Author = db.People.Where(x => x.Id == p.AuthorId).Select(x => x.Name).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct);
        if (row is null || !await access.CanReadAsync(row.Plan.PersonId, ct)) return null;
        var plan = row.Plan;
        await adminReads.RecordAsync("an improvement plan", [plan.PersonId], ct);
        var goalIds = plan.Expectations.Items.Select(e => e.GoalId).ToList();
        // The expectations' goals are the person's private goals: their readers are the plan's, HR's read is audited above.
        var progress = await goals.Readable(db.Goals.AsNoTracking()).Where(g => goalIds.Contains(g.Id)).Select(g => new { g.Id, g.Progress })
            .ToDictionaryAsync(g => g.Id, g => g.Progress, ct);
        var checkpoints = await db.ImprovementCheckpoints.AsNoTracking().Where(c => c.PlanId == id).OrderBy(c => c.On)
            .Select(c => new CheckpointDetails(c.Id, c.On, c.MeetingId, c.Notes, c.Comment, c.CommentedAt)).ToListAsync(ct);
        var open = plan.Outcome is null or PlanOutcome.Extended;
        return new PlanDetails(plan.Id, plan.PersonId, row.Person, row.Author ?? "Someone who has left", plan.StartsOn, plan.EndsOn,
            [.. plan.Expectations.Items.Select(e => new ExpectationDetails(e.Text, e.Measure, e.GoalId, progress.TryGetValue(e.GoalId, out var p) ? p : null))],
            plan.Support, plan.Outcome, ImprovementRules.Label(plan.Outcome), plan.OutcomeOn, plan.OutcomeNote, checkpoints,
            open && await access.CanWriteAsync(plan.PersonId, ct), open && access.IsThePerson(plan.PersonId), plan.Version);
    }
}
