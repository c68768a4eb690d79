using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;

namespace Tandem.Features.People;

/// <summary>
/// The reporting tree, read one level at a time so that even very large organisations render their top
/// levels at once and expand a branch on demand. People who have left are not shown.
/// </summary>
public sealed class OrgChart(TandemDb db)
{
    public const int SearchLimit = 20;

    /// <summary>
    /// The people reporting to <paramref name="managerId"/>, or the top of the tree when null, by name and keyset-paged:
    /// a manager may have thousands of reports, and an import without managers puts everyone at the top.
    /// </summary>
    public async Task<Page<OrgChartNode>> ChildrenAsync(Guid? managerId, string? after, int? limit, CancellationToken ct)
    {
        var take = Cursor.Limit(limit);
        var people = db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Left);
        people = managerId is { } id
            ? people.Where(p => p.ManagerId == id)
            : people.Where(p => p.ManagerId == null || p.Manager!.Status == PersonStatus.Left);
        if (Cursor.Decode(after, 2) is [var name, var idText] && Guid.TryParse(idText, out var last))
            // Name >= first, so that the (organisation, name) index gives the starting point, as the people list does.
            people = people.Where(p => string.Compare(p.Name, name) >= 0 && (string.Compare(p.Name, name) > 0 || p.Id > last));
        var rows = await Project(people.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(take + 1)).ToListAsync(ct);
        return Cursor.ToPage(rows, take, n => Cursor.Encode(n.Name, n.Id.ToString()));
    }

    /// <summary>How many people are at the top of the tree (no manager, or one who has left).</summary>
    public Task<int> CountTopAsync(CancellationToken ct) =>
        db.People.CountAsync(p => p.Status != PersonStatus.Left && (p.ManagerId == null || p.Manager!.Status == PersonStatus.Left), ct);

    /// <summary>
    /// The direct reports of several managers in one query, by manager. Unbounded: callers pass only managers whose
    /// <see cref="OrgChartNode.DirectReports"/> they have counted.
    /// </summary>
    public async Task<Dictionary<Guid, List<OrgChartNode>>> ChildrenOfAsync(IReadOnlyCollection<Guid> managerIds, CancellationToken ct)
    {
        var rows = await Project(db.People.AsNoTracking()
                .Where(p => p.Status != PersonStatus.Left && p.ManagerId != null && managerIds.Contains(p.ManagerId.Value))
                .OrderBy(p => p.Name).ThenBy(p => p.Id))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ManagerId!.Value).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async Task<OrgChartNode?> NodeAsync(Guid id, CancellationToken ct) =>
        await Project(db.People.AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct);

    public async Task<List<OrgChartMatch>> SearchAsync(string search, CancellationToken ct)
    {
        var term = search.Trim().ToLowerInvariant();
        var matches = await Project(db.People.AsNoTracking()
                .Where(p => p.Status != PersonStatus.Left
                            && (p.Name.ToLower().Contains(term) || (p.Title != null && p.Title.ToLower().Contains(term))))
                .OrderBy(p => p.Name).Take(SearchLimit))
            .ToListAsync(ct);
        var ids = matches.Select(m => m.Id).ToList();
        var paths = await (from line in db.ReportingLines
                           join manager in db.People on line.AncestorId equals manager.Id
                           where ids.Contains(line.DescendantId) && line.Depth > 0
                           orderby line.Depth descending
                           select new { line.DescendantId, Manager = new PersonRef(manager.Id, manager.Name, manager.Title) })
            .ToListAsync(ct);
        var byPerson = paths.ToLookup(p => p.DescendantId, p => p.Manager);
        return [.. matches.Select(m => new OrgChartMatch(m, [.. byPerson[m.Id]]))];
    }

    private IQueryable<OrgChartNode> Project(IQueryable<Person> people) =>
        people.Select(p => new OrgChartNode(p.Id, p.Name, p.Title, p.Team == null ? null : p.Team.Name, p.ManagerId,
            db.People.Count(r => r.ManagerId == p.Id && r.Status != PersonStatus.Left),
            db.ReportingLines.Count(r => r.AncestorId == p.Id && r.Depth > 0
                                         && db.People.Any(d => d.Id == r.DescendantId && d.Status != PersonStatus.Left))));
}

/// <summary>A person in the org chart with how many people are under them.</summary>
public sealed record OrgChartNode(Guid Id, string Name, string? Title, string? Team, Guid? ManagerId, int DirectReports, int PeopleBelow);

/// <summary>A search hit in the org chart with its path from the top.</summary>
public sealed record OrgChartMatch(OrgChartNode Person, IReadOnlyList<PersonRef> Path);
