using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Insights on goals. Alignment coverage is an aggregate of public goals only, the same for every viewer, kept for a
/// few minutes per organisation (it reads every active goal), and never shown for a team or department with fewer
/// active members than the anonymity threshold. Forecast accuracy covers the viewer and the people they may read as a
/// manager (HR admins: everyone), and only the goals the viewer may read.
/// </summary>
public sealed class GoalInsights(TandemDb db, CurrentUser me, Reach reach, GoalAccess access, IMemoryCache cache)
{
    /// <summary>How long a computed coverage report is served before it is computed again.</summary>
    public static readonly TimeSpan CoverageAge = TimeSpan.FromMinutes(5);

    public async Task<CoverageReport> CoverageAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync(("goal-coverage", me.OrganizationId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CoverageAge;
            return await ComputeCoverageAsync(ct);
        }))!;

    private async Task<CoverageReport> ComputeCoverageAsync(CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking()
            .Where(g => g.Visibility == GoalVisibility.Public
                        && (g.Period == null || g.Period.ClosedAt == null) && g.Status != GoalStatus.Dropped && g.Approval == GoalApproval.Approved)
            .Select(g => new
            {
                g.Id, g.ParentGoalId, g.OwnerType,
                Team = g.OwnerTeamId ?? db.People.Where(p => p.Id == g.OwnerPersonId).Select(p => p.TeamId).FirstOrDefault(),
                Department = g.OwnerDepartmentId
                    ?? db.Teams.Where(t => t.Id == g.OwnerTeamId).Select(t => t.DepartmentId).FirstOrDefault()
                    ?? db.People.Where(p => p.Id == g.OwnerPersonId).Select(p => p.DepartmentId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byId = goals.ToDictionary(g => g.Id);
        var reaches = new Dictionary<Guid, bool>();
        bool ReachesCompany(Guid id)
        {
            var path = new List<Guid>();
            bool result = false;
            for (Guid? current = id; current is { } c; current = byId.TryGetValue(c, out var g) ? g.ParentGoalId : null)
            {
                if (reaches.TryGetValue(c, out var known)) { result = known; break; }
                if (!byId.TryGetValue(c, out var goal) || path.Count > 64) break;
                path.Add(c);
                if (goal.OwnerType == GoalOwnerType.Company) { result = true; break; }
            }
            foreach (var p in path) reaches[p] = result;
            return result;
        }

        // Company goals are the top: coverage counts the goals below them.
        var counted = goals.Where(g => g.OwnerType != GoalOwnerType.Company).Select(g => (g.Team, g.Department, Aligned: ReachesCompany(g.Id))).ToList();
        // Groups too small to stay anonymous are left out: with two members, "one goal aligned" says whose.
        var threshold = await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.AnonymityThreshold).SingleAsync(ct);
        var active = db.People.Where(p => p.Status != PersonStatus.Left);
        var departments = await db.Departments.AsNoTracking().Where(d => active.Count(p => p.DepartmentId == d.Id) >= threshold)
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var teams = await db.Teams.AsNoTracking().Where(t => active.Count(p => p.TeamId == t.Id) >= threshold)
            .ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new CoverageReport(
            new Coverage(null, "Organisation", counted.Count, counted.Count(c => c.Aligned)),
            [.. counted.Where(c => c.Department is { } d && departments.ContainsKey(d)).GroupBy(c => c.Department!.Value)
                .Select(g => new Coverage(g.Key, departments.GetValueOrDefault(g.Key, "?"), g.Count(), g.Count(c => c.Aligned))).OrderBy(c => c.Name)],
            [.. counted.Where(c => c.Team is { } t && teams.ContainsKey(t)).GroupBy(c => c.Team!.Value)
                .Select(g => new Coverage(g.Key, teams.GetValueOrDefault(g.Key, "?"), g.Count(), g.Count(c => c.Aligned))).OrderBy(c => c.Name)]);
    }

    /// <summary>Forecast accuracy for the signed-in person and the people they may read as a manager (HR admins: everyone).</summary>
    public async Task<List<ForecastAccuracy>> ForecastAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        var people = me.IsHrAdmin ? db.People.AsNoTracking() : db.People.AsNoTracking().Where(reach.MeOrReadableAsManager<Person>(p => p.Id));
        var goals = await access.Readable(db.Goals.AsNoTracking())
            .Where(g => g.OwnerType == GoalOwnerType.Person && g.Score != null && g.Period!.ClosedAt != null && people.Any(p => p.Id == g.OwnerPersonId))
            .Select(g => new { g.Id, Owner = g.OwnerPersonId!.Value, Score = g.Score!.Value, g.Period!.Start, g.Period.End })
            .ToListAsync(ct);
        var ids = goals.Select(g => g.Id).ToList();
        var updates = await db.KeyResultUpdates.AsNoTracking().Where(u => ids.Contains(u.GoalId))
            .Select(u => new { u.GoalId, u.KeyResultId, u.At, u.Confidence }).ToListAsync(ct);
        var names = await people.Where(p => goals.Select(g => g.Owner).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        var forecasts = goals.Select(g =>
        {
            var midpoint = new DateTimeOffset(g.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                + (new DateTimeOffset(g.End.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) - new DateTimeOffset(g.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) / 2;
            var latest = updates.Where(u => u.GoalId == g.Id && u.At <= midpoint)
                .GroupBy(u => u.KeyResultId).Select(k => k.MaxBy(u => u.At)!.Confidence / 10.0).ToList();
            return (g.Owner, g.Score, Confidence: latest.Count == 0 ? (double?)null : latest.Average());
        }).Where(f => f.Confidence is not null).ToList();

        return [.. forecasts.GroupBy(f => f.Owner).Select(g => new ForecastAccuracy(g.Key, names.GetValueOrDefault(g.Key, "?"), g.Count(),
                g.Average(f => f.Confidence!.Value), g.Average(f => f.Score), 1 - g.Average(f => Math.Abs(f.Confidence!.Value - f.Score))))
            .OrderBy(f => f.PersonId == meId ? 0 : 1).ThenBy(f => f.Name)];
    }
}

/// <summary>How many active goals of a group trace up to a company goal.</summary>
public sealed record Coverage(Guid? Id, string Name, int Goals, int Aligned)
{
    public double Share => Goals == 0 ? 0 : (double)Aligned / Goals;
}

/// <summary>Alignment coverage for the organisation, each department and each team.</summary>
public sealed record CoverageReport(Coverage Organisation, IReadOnlyList<Coverage> Departments, IReadOnlyList<Coverage> Teams);

/// <summary>
/// How well a person's confidence half-way through a period predicted their goals' final scores: for each
/// scored goal, the mean confidence of its key results' latest check-ins by the period's midpoint (0–10, as
/// 0–1) against the score. Accuracy is 1 minus the mean absolute difference.
/// </summary>
public sealed record ForecastAccuracy(Guid PersonId, string Name, int Goals, double MeanConfidence, double MeanScore, double Accuracy);
