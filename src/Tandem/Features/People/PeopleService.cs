using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>
/// Reading and changing people. Everyone in the organisation may read the directory; HR admins add and
/// edit people; org admins change roles, and only they may put themselves into someone's manager chain or change an
/// admin's manager or email (<see cref="PersonChanges"/>). Pages and the API both call this.
/// </summary>
public sealed class PeopleService(TandemDb db, CurrentUser current, PeopleQueries queries, ReportingLines lines, AuditService audit,
    TimeProvider time, IPersonAccounts accounts, IEnumerable<IRoleChanges> roleChanges, IEnumerable<IReportingChanges> reportingChanges)
{
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
        return (await queries.GetAsync(person.Id, ct))!;
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
        if (wasActive && person.Status == PersonStatus.Left) await accounts.LeftAsync(id, ct);
        await accounts.EmailChangedAsync(id, person.Email, ct);
        // A link issued for the old address must not let whoever holds it become the person at the new one.
        if (emailChanged) await accounts.WithdrawInvitationsAsync(id, ct);
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
        // Another manager, or gone: the reviews in progress follow.
        if (person.ManagerId != oldManager || (wasActive && person.Status == PersonStatus.Left))
            foreach (var listener in reportingChanges)
                await listener.ReportingChangedAsync(person.ManagerId != oldManager ? [id] : [], wasActive && person.Status == PersonStatus.Left ? [id] : [], ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(id, ct))!;
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
        if (person.Roles == roles) return (await queries.GetAsync(id, ct))!;

        audit.Add(AuditActions.RolesChanged, id, $"{person.Roles} → {roles}");
        person.Roles = roles;
        // A link issued for the person's old roles (say by an HR admin, before they became an org admin) stops working.
        await accounts.WithdrawInvitationsAsync(id, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(id, ct))!;
    }

    // Whether the acting person is this manager or above them: someone under the manager has the actor in their chain.
    private async Task<bool> AtOrAboveAsync(Guid managerId, CancellationToken ct) =>
        managerId == current.PersonId || await lines.IsAboveAsync(current.PersonId, managerId, ct);

    // Before the fields are checked, the posted email may be missing.
    private static bool SameEmail(string? posted, string stored) => posted is not null && PersonRules.NormalizeEmail(posted) == stored;

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
}
