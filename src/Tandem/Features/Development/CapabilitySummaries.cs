using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;

namespace Tandem.Features.Development;

/// <summary>Keeps <see cref="PersonCapabilityLevel"/> rows right for some people (after an assessment or a profile change).</summary>
public sealed class CapabilitySummaries(TandemDb db) : IRoleChanges
{
    /// <summary>People's title, team or department changed: another role profile may apply.</summary>
    public Task RoleChangedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct) => RefreshAsync(personIds, ct);

    public async Task RefreshAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        // Totals rows are created on first use: serialise refreshes of one organisation (PostgreSQL; SQLite has one writer).
        await db.LockOrganizationAsync(ct);
        foreach (var batch in personIds.Chunk(500))
        {
            var old = await db.PersonCapabilityLevels.AsNoTracking().Where(x => batch.Contains(x.PersonId)).ToListAsync(ct);
            var added = new List<PersonCapabilityLevel>();
            var people = await db.People.AsNoTracking().Where(p => batch.Contains(p.Id)).Select(p => new { p.Id, p.Title, p.TeamId, p.DepartmentId }).ToListAsync(ct);
            var titles = people.Select(p => p.Title).OfType<string>().Distinct().ToList();
            var teams = people.Select(p => p.TeamId).OfType<Guid>().Distinct().ToList();
            var profiles = await db.RoleProfiles.AsNoTracking().Include(p => p.Requirements)
                .Where(p => (p.JobTitle != null && titles.Contains(p.JobTitle)) || (p.TeamId != null && teams.Contains(p.TeamId.Value))).ToListAsync(ct);
            var assessments = await db.Assessments.AsNoTracking().Where(a => batch.Contains(a.PersonId))
                .GroupBy(a => new { a.PersonId, a.CapabilityId, a.Kind })
                .Select(g => g.OrderByDescending(a => a.At).Select(a => new { a.PersonId, a.CapabilityId, a.Kind, a.Level }).First())
                .ToListAsync(ct);
            await db.PersonCapabilityLevels.Where(x => batch.Contains(x.PersonId)).ExecuteDeleteAsync(ct);
            foreach (var person in people)
            {
                var profile = profiles.Where(p => p.JobTitle == person.Title && person.Title != null).Concat(profiles.Where(p => p.TeamId == person.TeamId && person.TeamId != null)).FirstOrDefault();
                var mine = assessments.Where(a => a.PersonId == person.Id).ToList();
                var capabilities = mine.Select(a => a.CapabilityId).Concat(profile?.Requirements.Select(r => r.CapabilityId) ?? []).Distinct();
                foreach (var capability in capabilities)
                {
                    var current = GapMath.Current(mine.FirstOrDefault(a => a.CapabilityId == capability && a.Kind == AssessmentKind.Manager)?.Level,
                        mine.FirstOrDefault(a => a.CapabilityId == capability && a.Kind == AssessmentKind.Self)?.Level);
                    var required = profile?.Requirements.FirstOrDefault(r => r.CapabilityId == capability);
                    added.Add(new PersonCapabilityLevel
                    {
                        PersonId = person.Id, CapabilityId = capability, DepartmentId = person.DepartmentId, ProfileId = profile?.Id, Current = current,
                        RequiredNow = required?.RequiredNow, RequiredFuture = required?.RequiredFuture,
                        GapNow = GapMath.Gap(current, required?.RequiredNow), GapFuture = GapMath.Gap(current, required?.RequiredFuture),
                    });
                }
            }
            db.PersonCapabilityLevels.AddRange(added);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await ApplyTotalsAsync(old, added, ct);
        }
    }

    // Adds the new rows' contribution to the totals and takes the old rows' away, one atomic UPDATE per key.
    private async Task ApplyTotalsAsync(List<PersonCapabilityLevel> old, List<PersonCapabilityLevel> added, CancellationToken ct)
    {
        var deltas = old.Select(x => (Row: x, Sign: -1)).Concat(added.Select(x => (Row: x, Sign: 1)))
            .GroupBy(x => (x.Row.CapabilityId, Department: x.Row.DepartmentId ?? Guid.Empty, Profile: x.Row.ProfileId ?? Guid.Empty))
            .Select(g => (g.Key, Assessed: g.Sum(x => x.Row.Current is null ? 0 : x.Sign), ShortNow: g.Sum(x => x.Row.GapNow > 0 ? x.Sign : 0),
                ShortLater: g.Sum(x => x.Row.GapFuture > 0 ? x.Sign : 0), SumLater: g.Sum(x => (x.Row.GapFuture ?? 0) * x.Sign)))
            .Where(d => d.Assessed != 0 || d.ShortNow != 0 || d.ShortLater != 0 || d.SumLater != 0)
            .ToList();
        foreach (var (key, assessed, shortNow, shortLater, sumLater) in deltas)
        {
            var updated = await db.CapabilityGapTotals
                .Where(t => t.CapabilityId == key.CapabilityId && t.DepartmentKey == key.Department && t.ProfileKey == key.Profile)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assessed, t => t.Assessed + assessed).SetProperty(t => t.ShortNow, t => t.ShortNow + shortNow)
                    .SetProperty(t => t.ShortLater, t => t.ShortLater + shortLater).SetProperty(t => t.SumLater, t => t.SumLater + sumLater), ct);
            if (updated == 0)
            {
                db.CapabilityGapTotals.Add(new CapabilityGapTotal
                {
                    CapabilityId = key.CapabilityId, DepartmentKey = key.Department, ProfileKey = key.Profile,
                    Assessed = assessed, ShortNow = shortNow, ShortLater = shortLater, SumLater = sumLater,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The people a role profile applies to (its job title, or its team).</summary>
    public Task<List<Guid>> PeopleOfProfileAsync(string? jobTitle, Guid? teamId, CancellationToken ct) =>
        db.People.Where(p => (jobTitle != null && p.Title == jobTitle) || (teamId != null && p.TeamId == teamId)).Select(p => p.Id).ToListAsync(ct);
}
