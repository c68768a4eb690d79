using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>What an import did, or every reason it did nothing.</summary>
public sealed record ImportReport(
    bool Applied,
    bool DryRun,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportRowError> Errors,
    IReadOnlyList<InvitationLink> Invitations,
    IReadOnlyList<string> Notes);

/// <summary>
/// CSV import and export of the org chart. Import is all or nothing: every row is checked against the
/// organisation as it would be after the import (unique emails and employee numbers, known managers, no
/// reporting loops); any error applies nothing, a clean file applies in one transaction, and importing the
/// same file again changes nothing. People are matched by email, then by employee number.
/// </summary>
public sealed class OrgImport(
    TandemDb db, CurrentUser current, ReportingLines lines, Invitations invitations, AuditLog audit, Development.CapabilitySummaries capabilities, TimeProvider time)
{
    public const int MaxRows = 200_000;

    public async Task<ImportReport> ImportAsync(TextReader csv, bool dryRun, CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) return Rejected([new ImportRowError(0, "", "Only HR admins import people.")], 0, dryRun);
        var file = OrgCsv.Read(csv, MaxRows);
        if (file.Errors.Count > 0) return Rejected(file.Errors, file.Rows.Count, dryRun);

        // The plan is made and applied under the organisation lock, so no edit slips in between.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockOrganizationAsync(ct);
        var org = await LoadAsync(ct);
        var plan = OrgImportPlan.Build(file, org, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        // The same rights as one person's edit: no HR admin puts themselves above anyone, or moves or re-addresses an admin.
        if (plan.Errors.Count == 0) plan.Errors.AddRange(PersonChanges.CheckImport(plan, org, current));
        if (plan.Errors.Count > 0) return Rejected(plan.Errors, file.Rows.Count, dryRun, file.Notes);

        var created = plan.Changes.Count(c => c.Existing is null);
        var updated = plan.Changes.Count(c => c.Existing is not null);
        var unchanged = file.Rows.Count - created - updated;
        if (dryRun)
            return new ImportReport(false, true, file.Rows.Count, created, updated, unchanged, [], [], file.Notes);

        var links = await ApplyAsync(plan, org, ct);
        await transaction.CommitAsync(ct);
        return new ImportReport(true, false, file.Rows.Count, created, updated, unchanged, [], links, file.Notes);
    }

    public async Task<string> ExportAsync(CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) throw new InvalidOperationException("Only HR admins export people; the endpoint's policy should have said so.");
        var rows = await db.People.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new OrgCsv.ExportRow(p.Email, p.Name, p.EmployeeNumber, p.Title,
                p.Department == null ? null : p.Department.Name, p.Team == null ? null : p.Team.Name,
                p.Manager == null ? null : p.Manager.Email, p.Location, p.TimeZone, p.StartDate, p.Status))
            .ToListAsync(ct);
        audit.Add(AuditActions.PeopleExported, detail: $"{rows.Count} people");
        await db.SaveChangesAsync(ct);
        return OrgCsv.Write(rows);
    }

    private async Task<OrgSnapshot> LoadAsync(CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Select(p => new ExistingPerson(p.Id, p.Email, p.EmployeeNumber, p.Name, p.Title, p.DepartmentId, p.TeamId,
                p.ManagerId, p.Location, p.TimeZone, p.StartDate, p.Status, p.Roles))
            .ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, StringComparer.OrdinalIgnoreCase, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase, ct);
        var timeZone = await db.Organizations.Where(o => o.Id == current.OrganizationId).Select(o => o.TimeZone).SingleAsync(ct);
        return new OrgSnapshot(people, departments, teams, timeZone);
    }

    private async Task<List<InvitationLink>> ApplyAsync(OrgImportPlan plan, OrgSnapshot org, CancellationToken ct)
    {
        var departments = new Dictionary<string, Guid>(org.Departments, StringComparer.OrdinalIgnoreCase);
        foreach (var name in plan.NewDepartments)
        {
            var department = new Department { Id = Ids.New(time), Name = name };
            db.Departments.Add(department);
            departments[name] = department.Id;
        }
        var teams = new Dictionary<string, Guid>(org.Teams, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, departmentName) in plan.NewTeams)
        {
            var team = new Team { Id = Ids.New(time), Name = name, DepartmentId = departmentName is null ? null : departments[departmentName] };
            db.Teams.Add(team);
            teams[name] = team.Id;
        }

        // New people get their ids first, so managers inside the file resolve to them.
        var ids = plan.Changes.ToDictionary(c => c.Key, c => c.Existing?.Id ?? Ids.New(time));
        Guid IdOf(string key) => ids.TryGetValue(key, out var id) ? id : Guid.Parse(key);
        var existingIds = plan.Changes.Where(c => c.Existing is not null).Select(c => c.Existing!.Id).ToList();
        var tracked = await db.People.Where(p => existingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var newRole = new List<Guid>();
        foreach (var change in plan.Changes)
        {
            var target = change.Target;
            var person = change.Existing is null
                ? db.People.Add(new Person { Id = ids[change.Key], Name = target.Name, Email = target.Email }).Entity
                : tracked[change.Existing.Id];
            var (title, department, team) = (person.Title, person.DepartmentId, person.TeamId);
            person.Name = target.Name;
            person.Email = target.Email;
            person.EmployeeNumber = target.EmployeeNumber;
            person.Title = target.Title;
            person.DepartmentId = target.Department is null ? null : departments[target.Department];
            person.TeamId = target.Team is null ? null : teams[target.Team];
            person.ManagerId = target.ManagerKey is null ? null : IdOf(target.ManagerKey);
            person.Location = target.Location;
            person.TimeZone = target.TimeZone;
            person.StartDate = target.StartDate;
            person.Status = target.Status;
            if (change.Existing is null || person.Title != title || person.DepartmentId != department || person.TeamId != team) newRole.Add(person.Id);
        }
        await db.SaveChangesAsync(ct);
        if (plan.Changes.Any(c => c.ManagerChanged)) await lines.RebuildAsync(current.OrganizationId, ct);
        // A new title, team or department can mean another role profile: those people's capability gaps follow.
        await capabilities.RefreshAsync(newRole, ct);

        var newPeople = plan.Changes.Where(c => c.Existing is null).Select(c => ids[c.Key]).ToList();
        var links = await invitations.IssueAsync(newPeople, replacePending: false, ct);
        audit.Add(AuditActions.PeopleImported, detail:
            $"{plan.Changes.Count(c => c.Existing is null)} created, {plan.Changes.Count(c => c.Existing is not null)} updated");
        await db.SaveChangesAsync(ct);
        return links;
    }

    private static ImportReport Rejected(IReadOnlyList<ImportRowError> errors, int rows, bool dryRun, IReadOnlyList<string>? notes = null) =>
        new(false, dryRun, rows, 0, 0, 0, [.. errors.OrderBy(e => e.Row)], [], notes ?? []);
}

/// <summary>A person as the import finds them in the database.</summary>
public sealed record ExistingPerson(Guid Id, string Email, string? EmployeeNumber, string Name, string? Title, Guid? DepartmentId,
    Guid? TeamId, Guid? ManagerId, string? Location, string TimeZone, DateOnly? StartDate, PersonStatus Status,
    Security.OrgRoles Roles = Security.OrgRoles.None);

/// <summary>The organisation before the import.</summary>
public sealed record OrgSnapshot(
    IReadOnlyList<ExistingPerson> People,
    IReadOnlyDictionary<string, Guid> Departments,
    IReadOnlyDictionary<string, Guid> Teams,
    string DefaultTimeZone);
