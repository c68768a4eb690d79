using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Reading and changing people. Everyone in the organisation may read the directory; HR admins add and
/// edit people; org admins change roles, and only they may put themselves into someone's manager chain or change an
/// admin's manager or email (<see cref="PersonChanges"/>). Pages and the API both call this.
/// </summary>
public sealed class PeopleService(TandemDb db, CurrentUser current, ReportingLines lines, AuditLog audit, TimeProvider time,
    IEnumerable<IRoleChanges> roleChanges)
{
    public async Task<Page<PersonSummary>> ListAsync(PeopleQuery query, CancellationToken ct)
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
        var hasAccount = await db.Users.AnyAsync(u => u.OrganizationId == current.OrganizationId && u.PersonId == id, ct);

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

    public async Task<Outcome<PersonDetails>> CreateAsync(PersonInput input, CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) return Failure.Forbidden("Only HR admins add people.");
        var entersChain = input.ManagerId is { } manager && await AtOrAboveAsync(manager, ct);
        if (PersonChanges.Refusal(current, OrgRoles.None, managerChanged: true, emailChanged: false, entersChain) is { } refusal)
            return Failure.Forbidden(refusal.Field, refusal.Message);
        var checkedInput = await CheckAsync(input, existingId: null, ct);
        if (checkedInput is Failure failure) return failure;

        var person = new Person
        {
            OrganizationId = current.OrganizationId,
            Id = Ids.New(time),
            Name = input.Name.Trim(),
            Email = PersonRules.NormalizeEmail(input.Email),
        };
        await Apply(person, input, ct);
        db.People.Add(person);
        await lines.AddAsync(current.OrganizationId, person.Id, person.ManagerId, ct);
        audit.Add(AuditActions.PersonCreated, person.Id, person.Name);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(person.Id, ct))!;
    }

    public async Task<Outcome<PersonDetails>> UpdateAsync(Guid id, PersonUpdate update, CancellationToken ct)
    {
        if (!PeopleAccess.CanManagePeople(current)) return Failure.Forbidden("Only HR admins edit people.");
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Failure.NotFound("No such person.");
        if (person.Version != update.Version)
            return Failure.Conflict("Someone else changed this person since you opened it. Reload to see their changes.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = PersonChanges.Fields.Of(person);
        var oldManager = person.ManagerId;
        var (oldTitle, oldTeam, oldDepartment) = (person.Title, person.TeamId, person.DepartmentId);
        var wasActive = person.Status != PersonStatus.Left;
        var leaving = wasActive && update.Person.Status == PersonStatus.Left;
        var managerChanged = update.Person.ManagerId != oldManager;
        var emailChanged = !SameEmail(update.Person.Email, person.Email);
        // Two moves at once could each pass the loop check and together close a loop; the same for removing
        // the last org admin. The organisation lock makes such changes take turns.
        if (managerChanged || leaving) await db.LockOrganizationAsync(ct);
        // Someone editing themselves is in their own chain already; the rule for admins covers their manager.
        var entersChain = managerChanged && id != current.PersonId && update.Person.ManagerId is { } newManager
                          && await AtOrAboveAsync(newManager, ct) && !(oldManager is { } old && await AtOrAboveAsync(old, ct));
        if (PersonChanges.Refusal(current, person.Roles, managerChanged, emailChanged, entersChain) is { } refusal)
            return Failure.Forbidden(refusal.Field, refusal.Message);
        var checkedInput = await CheckAsync(update.Person, id, ct);
        if (checkedInput is Failure failure) return failure;
        if (leaving && person.Roles.HasFlag(OrgRoles.OrgAdmin))
        {
            if (!current.IsOrgAdmin) return Failure.Forbidden("Only an org admin may mark an org admin as having left.");
            if (!await AnotherOrgAdminAsync(id, ct))
                return Failure.Invalid(nameof(PersonInput.Status), "This is the organisation's last org admin: make someone else org admin first.");
        }
        person.Name = update.Person.Name.Trim();
        person.Email = PersonRules.NormalizeEmail(update.Person.Email);
        await Apply(person, update.Person, ct);
        if (person.ManagerId != oldManager) await lines.MoveAsync(current.OrganizationId, id, person.ManagerId, ct);
        if (wasActive && person.Status == PersonStatus.Left) await SignOutEverywhereAsync(id, ct);
        await SyncAccountEmailAsync(id, person.Email, ct);
        // A link issued for the old address must not let whoever holds it become the person at the new one.
        if (emailChanged) await DeletePendingInvitationsAsync(id, ct);
        audit.Add(AuditActions.PersonUpdated, id, await PersonChanges.DescribeAsync(db, before, PersonChanges.Fields.Of(person), ct));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Someone else changed this person since you opened it. Reload to see their changes.");
        }
        // A new title, team or department can mean another role profile: their capability gaps follow.
        if (person.Title != oldTitle || person.TeamId != oldTeam || person.DepartmentId != oldDepartment)
            foreach (var listener in roleChanges) await listener.RoleChangedAsync([id], ct);
        await transaction.CommitAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    public async Task<Outcome<PersonDetails>> SetRolesAsync(Guid id, RolesInput input, CancellationToken ct)
    {
        if (!PeopleAccess.CanChangeRoles(current)) return Failure.Forbidden("Only org admins change roles.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockOrganizationAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Failure.NotFound("No such person.");
        var roles = input.ToRoles();
        if (person.Roles.HasFlag(OrgRoles.OrgAdmin) && !roles.HasFlag(OrgRoles.OrgAdmin) && !await AnotherOrgAdminAsync(id, ct))
            return Failure.Invalid(nameof(RolesInput.OrgAdmin), "An organisation needs at least one org admin.");
        if (person.Roles == roles) return (await GetAsync(id, ct))!;

        audit.Add(AuditActions.RolesChanged, id, $"{person.Roles} → {roles}");
        person.Roles = roles;
        // A link issued for the person's old roles (say by an HR admin, before they became an org admin) stops working.
        await DeletePendingInvitationsAsync(id, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetAsync(id, ct))!;
    }

    // Whether the acting person is this manager or above them: someone under the manager has the actor in their chain.
    private async Task<bool> AtOrAboveAsync(Guid managerId, CancellationToken ct) =>
        managerId == current.PersonId || await lines.IsAboveAsync(current.PersonId, managerId, ct);

    // Before the fields are checked, the posted email may be missing.
    private static bool SameEmail(string? posted, string stored) => posted is not null && PersonRules.NormalizeEmail(posted) == stored;

    private Task DeletePendingInvitationsAsync(Guid personId, CancellationToken ct) =>
        db.Invitations.Where(i => i.PersonId == personId && i.AcceptedAt == null).ExecuteDeleteAsync(ct);

    private Task<bool> AnotherOrgAdminAsync(Guid id, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Id != id && p.Status != PersonStatus.Left && ((int)p.Roles & (int)OrgRoles.OrgAdmin) != 0, ct);

    /// <summary>Checks a person's fields against each other and the organisation; null when all is well.</summary>
    private async Task<Failure?> CheckAsync(PersonInput input, Guid? existingId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        PersonRules.CheckFields(input, errors, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (errors.Any) return errors.ToFailure();

        var email = PersonRules.NormalizeEmail(input.Email);
        if (await db.People.AnyAsync(p => p.Email == email && p.Id != existingId, ct))
            errors.Add(nameof(input.Email), "Someone in the organisation already has this email.");
        if (Text.Clean(input.EmployeeNumber) is { } number
            && await db.People.AnyAsync(p => p.EmployeeNumber == number && p.Id != existingId, ct))
            errors.Add(nameof(input.EmployeeNumber), "Someone in the organisation already has this employee number.");
        if (input.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
            errors.Add(nameof(input.DepartmentId), "Choose a department of this organisation.");
        if (input.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            errors.Add(nameof(input.TeamId), "Choose a team of this organisation.");
        if (input.ManagerId is { } manager)
        {
            var managerStatus = await db.People.Where(p => p.Id == manager).Select(p => (PersonStatus?)p.Status).SingleOrDefaultAsync(ct);
            if (managerStatus is null) errors.Add(nameof(input.ManagerId), "Choose a manager from this organisation.");
            else if (managerStatus == PersonStatus.Left) errors.Add(nameof(input.ManagerId), "That manager has left the organisation.");
            else if (existingId is { } self && await lines.WouldCycleAsync(self, manager, ct))
                errors.Add(nameof(input.ManagerId), manager == self
                    ? "A person cannot be their own manager."
                    : "That manager reports to this person, directly or indirectly: the reporting line would go in a circle.");
            else if (await lines.DepthAsync(manager, ct) + 1 + (existingId is { } moved ? await lines.HeightAsync(moved, ct) : 0) > ReportingLines.MaxDepth)
                errors.Add(nameof(input.ManagerId), $"The reporting line would be more than {ReportingLines.MaxDepth} levels deep.");
        }
        return errors.Any ? errors.ToFailure() : null;
    }

    private async Task Apply(Person person, PersonInput input, CancellationToken ct)
    {
        person.EmployeeNumber = Text.Clean(input.EmployeeNumber);
        person.Title = Text.Clean(input.Title);
        person.DepartmentId = input.DepartmentId;
        person.TeamId = input.TeamId;
        person.ManagerId = input.ManagerId;
        person.Location = Text.Clean(input.Location);
        person.TimeZone = TimeZones.Normalize(input.TimeZone)
                          ?? await db.Organizations.Where(o => o.Id == current.OrganizationId).Select(o => o.TimeZone).SingleAsync(ct);
        person.StartDate = input.StartDate;
        person.Status = input.Status;
    }

    private Task SignOutEverywhereAsync(Guid personId, CancellationToken ct) =>
        db.Users.Where(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")), ct);

    private Task SyncAccountEmailAsync(Guid personId, string email, CancellationToken ct) =>
        db.Users.Where(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId && u.Email != email)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Email, email)
                .SetProperty(u => u.UserName, UserAccount.UserNameFor(current.OrganizationId, email))
                .SetProperty(u => u.NormalizedEmail, email.ToUpperInvariant())
                .SetProperty(u => u.NormalizedUserName, UserAccount.UserNameFor(current.OrganizationId, email).ToUpperInvariant())
                .SetProperty(u => u.EmailConfirmed, false), ct);
}
