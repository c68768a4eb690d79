using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;

namespace Tandem.Features.Reviews;

/// <summary>
/// What competency and goal questions rate: the capabilities of the person's role profile (by job title, else team),
/// and their own goals of the review period that the writer may read — a peer sees only public ones.
/// </summary>
public sealed class RatedItems(TandemDb db, GoalAccess goals)
{
    public const int Max = 30;

    public async Task<List<RatedItem>> GoalsAsync(Guid personId, DateOnly start, DateOnly end, CancellationToken ct) =>
        await goals.ThroughTheReportingLine(db.Goals.AsNoTracking())
            .Where(g => g.OwnerType == GoalOwnerType.Person && g.OwnerPersonId == personId && g.Status != GoalStatus.Dropped
                && ((g.Period != null && g.Period.Start <= end && g.Period.End >= start) || (g.Period == null && g.DueDate >= start && g.DueDate <= end)))
            .OrderBy(g => g.Title).Take(Max)
            .Select(g => new RatedItem(g.Id, g.Title, g.Progress))
            .ToListAsync(ct);

    public async Task<List<RatedItem>> CapabilitiesAsync(Guid personId, CancellationToken ct)
    {
        // One read: the person's role profile (by job title first, else by team) as a subquery SQLite runs once, then
        // the profile's capabilities, or every capability when the person has no profile.
        var profile = db.People.Where(p => p.Id == personId)
            .Select(p => db.RoleProfiles.Where(r => (p.Title != null && r.JobTitle == p.Title) || (p.TeamId != null && r.TeamId == p.TeamId))
                .OrderBy(r => r.JobTitle == p.Title ? 0 : 1).Select(r => (Guid?)r.Id).FirstOrDefault());
        return await db.Capabilities.AsNoTracking()
            .Where(c => profile.FirstOrDefault() == null || db.RoleRequirements.Any(r => r.ProfileId == profile.FirstOrDefault() && r.CapabilityId == c.Id))
            .OrderBy(c => c.Name).Take(Max).Select(c => new RatedItem(c.Id, c.Name, null)).ToListAsync(ct);
    }
}

/// <summary>A goal or capability to rate; goals come with their progress (0–1).</summary>
public sealed record RatedItem(Guid Id, string Name, double? Progress);
