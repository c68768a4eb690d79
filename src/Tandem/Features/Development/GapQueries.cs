using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>Gap analysis beyond one person: a manager's team heatmap and HR's organisation view, read from the summary rows.</summary>
public sealed class GapQueries(TandemDb db, CurrentUser me, Reach reach)
{
    /// <summary>The organisation's biggest future gaps and how many people each affects (HR admins), by department or role.</summary>
    public async Task<List<OrganizationGap>?> OrganizationAsync(Guid? departmentId, Guid? profileId, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return null;
        // Running totals per capability, department and role (decision 008): a few thousand rows, whatever the headcount.
        var rows = db.CapabilityGapTotals.AsNoTracking();
        if (departmentId is { } d) rows = rows.Where(x => x.DepartmentKey == d);
        if (profileId is { } p) rows = rows.Where(x => x.ProfileKey == p);
        var totals = await rows.GroupBy(x => x.CapabilityId)
            .Select(g => new
            {
                CapabilityId = g.Key,
                Assessed = g.Sum(x => x.Assessed),
                ShortNow = g.Sum(x => x.ShortNow),
                ShortLater = g.Sum(x => x.ShortLater),
                SumLater = g.Sum(x => x.SumLater),
            })
            .ToListAsync(ct);
        var names = await db.Capabilities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return [.. totals.Where(t => names.ContainsKey(t.CapabilityId))
            .Select(t => new OrganizationGap(t.CapabilityId, names[t.CapabilityId], t.Assessed, t.ShortNow, t.ShortLater,
                t.ShortLater == 0 ? 0 : (double)t.SumLater / t.ShortLater))
            .OrderByDescending(g => g.PeopleShortLater).ThenByDescending(g => g.AverageGapLater)];
    }

    /// <summary>The heatmap of the signed-in manager's direct reports (HR admins: any team).</summary>
    public async Task<TeamHeatmap?> TeamAsync(Guid? teamId, CancellationToken ct)
    {
        if (teamId is not null && !me.IsHrAdmin) return null;
        var people = await (teamId == null ? reach.DirectReports() : db.People.Where(p => p.TeamId == teamId && p.Status != PersonStatus.Left)).AsNoTracking()
            .OrderBy(p => p.Name).Select(p => new PersonRef(p.Id, p.Name, p.Title)).Take(200).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var cells = await db.PersonCapabilityLevels.AsNoTracking().Where(x => ids.Contains(x.PersonId)).ToListAsync(ct);
        var capabilityIds = cells.Select(c => c.CapabilityId).Distinct().ToList();
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => capabilityIds.Contains(c.Id)).OrderBy(c => c.Name)
            .Select(c => new CapabilityInfo(c.Id, c.CategoryId, c.Name, c.Kind, c.Description)).ToListAsync(ct);
        return new TeamHeatmap(capabilities, [.. people.Select(p => new HeatmapRow(p, [.. capabilities.Select(c =>
            cells.FirstOrDefault(x => x.PersonId == p.Id && x.CapabilityId == c.Id) is { } cell
                ? new HeatmapCell(c.Id, cell.Current, cell.GapNow, cell.GapFuture)
                : new HeatmapCell(c.Id, null, null, null))]))]);
    }
}

/// <summary>A capability across the organisation: how many people fall short of what their role needs, now and later.</summary>
public sealed record OrganizationGap(Guid CapabilityId, string Capability, int Assessed, int PeopleShortNow, int PeopleShortLater, double AverageGapLater);

/// <summary>A team heatmap: people down, capabilities across, each cell the gap (null: not assessed or not required).</summary>
public sealed record TeamHeatmap(IReadOnlyList<CapabilityInfo> Capabilities, IReadOnlyList<HeatmapRow> People);

/// <summary>One person's row of the heatmap.</summary>
public sealed record HeatmapRow(PersonRef Person, IReadOnlyList<HeatmapCell> Cells);

/// <summary>One cell: the current level and the gaps.</summary>
public sealed record HeatmapCell(Guid CapabilityId, int? Current, int? GapNow, int? GapFuture);
