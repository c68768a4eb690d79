using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// CSV import and export of the org chart. Import is all or nothing: every row is checked against the
/// organisation as it would be after the import (unique emails and employee numbers, known managers, no
/// reporting loops); any error applies nothing, a clean file applies in one transaction, and importing the
/// same file again changes nothing. People are matched by email, then by employee number.
/// </summary>
/// <remarks>
/// A file may hold 200,000 people: changes are written a batch at a time with the change tracker emptied after
/// each, and the answer carries counts, not each person (invitation links are created one at a time, later).
/// </remarks>
public sealed class OrgImport(
    TandemDb db, CurrentUser current, ReportingLines lines, IPersonAccounts accounts, AuditService audit,
    IEnumerable<IRoleChanges> roleChanges, IEnumerable<IReportingChanges> reportingChanges, TimeProvider time)
{
    public const int MaxRows = 200_000;

    /// <summary>An answer lists this many problems at most; fixing them and checking again shows the next.</summary>
    public const int ErrorsShown = 1_000;

    private const int Batch = 1_000;

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
        var toInvite = plan.Changes.Count(c => c.Existing is null && c.Target.Status != PersonStatus.Left);
        if (dryRun)
            return new ImportReport(false, true, file.Rows.Count, created, updated, unchanged, toInvite, [], 0, file.Notes);

        var invited = await ApplyAsync(plan, org, ct);
        await transaction.CommitAsync(ct);
        return new ImportReport(true, false, file.Rows.Count, created, updated, unchanged, invited, [], 0, file.Notes);
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

    /// <summary>Writes the plan; returns how many people were invited.</summary>
    private async Task<int> ApplyAsync(OrgImportPlan plan, OrgSnapshot org, CancellationToken ct)
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
        await db.SaveChangesAsync(ct);

        // New people get their ids first, so managers inside the file resolve to them.
        var ids = plan.Changes.ToDictionary(c => c.Key, c => c.Existing?.Id ?? Ids.New(time), StringComparer.Ordinal);
        Guid IdOf(string key) => ids.TryGetValue(key, out var id) ? id : Guid.Parse(key);
        void Apply(Person person, ImportTarget target)
        {
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
        }

        // A person's manager exists before them (the foreign key is checked row by row), so new people go in
        // manager-first order; updates follow, when every manager they may name exists.
        var newPeople = plan.CreationOrder();
        await db.InsertAsync(newPeople.Select(change =>
        {
            var person = new Person { Id = ids[change.Key], Name = change.Target.Name, Email = change.Target.Email };
            Apply(person, change.Target);
            return person;
        }), time.GetUtcNow(), ct);

        var newRole = newPeople.Select(c => ids[c.Key]).ToList();
        foreach (var batch in UpdateOrder(plan.Changes))
        {
            var batchIds = batch.Select(c => c.Existing!.Id).ToList();
            var tracked = await db.People.Where(p => batchIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            foreach (var change in batch)
            {
                var person = tracked[change.Existing!.Id];
                var (title, department, team) = (person.Title, person.DepartmentId, person.TeamId);
                Apply(person, change.Target);
                if (person.Title != title || person.DepartmentId != department || person.TeamId != team) newRole.Add(person.Id);
            }
            await SaveBatchAsync(ct);
        }

        if (plan.Changes.Any(c => c.ManagerChanged)) await lines.RebuildAsync(current.OrganizationId, ct);
        // A new title, team or department can mean another role profile: those people's capability gaps follow.
        foreach (var listener in roleChanges) await listener.RoleChangedAsync(newRole, ct);
        // People with another manager, or gone: the reviews in progress follow.
        var moved = plan.Changes.Where(c => c.Existing is not null && c.ManagerChanged).Select(c => c.Existing!.Id).ToList();
        var left = plan.Changes.Where(c => c.Existing is { Status: not PersonStatus.Left } && c.Target.Status == PersonStatus.Left).Select(c => c.Existing!.Id).ToList();
        if (moved.Count > 0 || left.Count > 0)
            foreach (var listener in reportingChanges) await listener.ReportingChangedAsync(moved, left, ct);

        var invited = await accounts.InviteNewPeopleAsync(
            [.. newPeople.Where(c => c.Target.Status != PersonStatus.Left).Select(c => (ids[c.Key], c.Target.Email))], ct);
        audit.Add(AuditActions.PeopleImported, detail:
            $"{newPeople.Count} created, {plan.Changes.Count - newPeople.Count} updated, {invited} invited");
        await db.SaveChangesAsync(ct);
        return invited;
    }

    /// <summary>
    /// Updates in batches. A person may take an email or employee number that another person of the file gives up:
    /// those updates are saved together, last, so that EF Core orders them (each value freed before it is taken).
    /// </summary>
    private static IEnumerable<ImportChange[]> UpdateOrder(IReadOnlyList<ImportChange> changes)
    {
        var updates = changes.Where(c => c.Existing is not null).ToList();
        var freedEmails = updates.Where(c => c.Existing!.Email != c.Target.Email).Select(c => c.Existing!.Email).ToHashSet(StringComparer.Ordinal);
        var freedNumbers = updates.Where(c => c.Existing!.EmployeeNumber is { } n && n != c.Target.EmployeeNumber)
            .Select(c => c.Existing!.EmployeeNumber!).ToHashSet(StringComparer.Ordinal);
        bool TakesFreed(ImportChange c) =>
            (c.Existing!.Email != c.Target.Email && freedEmails.Contains(c.Target.Email))
            || (c.Target.EmployeeNumber is { } n && n != c.Existing.EmployeeNumber && freedNumbers.Contains(n));
        foreach (var batch in updates.Where(c => !TakesFreed(c)).Chunk(Batch)) yield return batch;
        if (updates.Where(TakesFreed).ToArray() is { Length: > 0 } together) yield return together;
    }

    // The transaction stays open; only the change tracker is emptied, so memory stays that of one batch.
    private async Task SaveBatchAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static ImportReport Rejected(IReadOnlyList<ImportRowError> errors, int rows, bool dryRun, IReadOnlyList<string>? notes = null) =>
        new(false, dryRun, rows, 0, 0, 0, 0, [.. errors.OrderBy(e => e.Row).Take(ErrorsShown)], errors.Count, notes ?? []);
}

/// <summary>What an import did (or, on a dry run, would do), or why it did nothing.</summary>
/// <param name="Invited">People given an invitation: admins create and hand over their links from the invitations list.</param>
/// <param name="Errors">The first <see cref="OrgImport.ErrorsShown"/> problems, by row.</param>
/// <param name="ErrorCount">Every problem found, however many are listed.</param>
public sealed record ImportReport(
    bool Applied,
    bool DryRun,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Invited,
    IReadOnlyList<ImportRowError> Errors,
    int ErrorCount,
    IReadOnlyList<string> Notes);

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
