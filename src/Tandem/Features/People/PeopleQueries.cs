using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;

namespace Tandem.Features.People;

/// <summary>Reads of people: the directory (keyset-paged), a person's profile record, reports, lookups by email.</summary>
public sealed class PeopleQueries(TandemDb db, IPersonAccounts accounts)
{
    public async Task<Page<PersonSummary>> ListAsync(PeopleFilter query, CancellationToken ct)
    {
        var limit = Cursor.Limit(query.Limit);
        var people = db.People.AsNoTracking();
        if (Text.Clean(query.Search) is { } search)
        {
            var term = search.ToLowerInvariant();
            people = people.Where(p => p.Name.ToLower().Contains(term) || p.Email.Contains(term)
                                       || (p.Title != null && p.Title.ToLower().Contains(term)));
        }
        if (query.DepartmentId is { } department) people = people.Where(p => p.DepartmentId == department);
        if (query.TeamId is { } team) people = people.Where(p => p.TeamId == team);
        if (query.ManagerId is { } manager) people = people.Where(p => p.ManagerId == manager);
        people = query.Status is { } status ? people.Where(p => p.Status == status) : people.Where(p => p.Status != PersonStatus.Left);
        if (Cursor.Decode(query.After, 2) is [var name, var idText] && Guid.TryParse(idText, out var id))
            // Name >= first, so that the (organisation, name) index gives the starting point (an OR alone scans from the top).
            people = people.Where(p => string.Compare(p.Name, name) >= 0 && (string.Compare(p.Name, name) > 0 || p.Id > id));

        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(limit + 1)
            .Select(p => new PersonSummary(p.Id, p.Name, p.Email, p.Title,
                p.Department == null ? null : p.Department.Name,
                p.Team == null ? null : p.Team.Name,
                p.ManagerId, p.Manager == null ? null : p.Manager.Name, p.Location, p.Status))
            .ToListAsync(ct);
        return Cursor.ToPage(rows, limit, p => Cursor.Encode(p.Name, p.Id.ToString()));
    }

    public async Task<PersonDetails?> GetAsync(Guid id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Name, p.Email, p.EmployeeNumber, p.Title, p.DepartmentId,
                Department = p.Department == null ? null : p.Department.Name,
                p.TeamId, Team = p.Team == null ? null : p.Team.Name,
                p.ManagerId, p.Location, p.TimeZone, p.StartDate, p.Status, p.Roles, p.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (person is null) return null;

        var chain = await (from line in db.ReportingLines
                           join manager in db.People on line.AncestorId equals manager.Id
                           where line.DescendantId == id && line.Depth > 0
                           orderby line.Depth descending
                           select new PersonRef(manager.Id, manager.Name, manager.Title)).ToListAsync(ct);
        var reports = await DirectReportsAsync(id, ct);
        var below = await db.ReportingLines.CountAsync(r => r.AncestorId == id && r.Depth > 0, ct);
        var hasAccount = await accounts.HasAccountAsync(id, ct);

        return new PersonDetails(person.Id, person.Name, person.Email, person.EmployeeNumber, person.Title,
            person.DepartmentId, person.Department, person.TeamId, person.Team, person.ManagerId, person.Location,
            person.TimeZone, person.StartDate, person.Status, person.Roles, person.Version, chain, reports, below, hasAccount);
    }

    /// <summary>A manager's direct reports by name (people who left excluded).</summary>
    public Task<List<PersonRef>> DirectReportsAsync(Guid managerId, CancellationToken ct) =>
        db.People.AsNoTracking().Where(p => p.ManagerId == managerId && p.Status != PersonStatus.Left)
            .OrderBy(p => p.Name).Select(p => new PersonRef(p.Id, p.Name, p.Title)).ToListAsync(ct);

    public Task<Guid?> FindIdByEmailAsync(string email, CancellationToken ct)
    {
        var normalized = PersonRules.NormalizeEmail(email);
        return db.People.Where(p => p.Email == normalized).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct);
    }

    public Task<string?> EmailOfAsync(Guid id, CancellationToken ct) =>
        db.People.Where(p => p.Id == id).Select(p => p.Email).SingleOrDefaultAsync(ct);
}
