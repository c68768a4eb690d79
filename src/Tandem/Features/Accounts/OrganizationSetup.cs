using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// Creates a new organisation with its first person, an org and HR admin, and returns that person's
/// invitation link. Used by the <c>create-organization</c> command on a fresh production database.
/// </summary>
public sealed class OrganizationSetup(TandemDb db, CurrentUser current, InvitationService invitations, TimeProvider time)
{
    public async Task<(Organization Organization, InvitationLink Link)> CreateAsync(string name, string adminEmail, string adminName, CancellationToken ct)
    {
        if (!PersonRules.IsValidEmail(adminEmail)) throw new ArgumentException($"\"{adminEmail}\" is not an email address.", nameof(adminEmail));
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        if (await db.Organizations.AnyAsync(o => o.Slug == slug, ct)) throw new ArgumentException($"An organisation named {name} exists already.", nameof(name));

        var org = new Organization { Id = Ids.New(time), Name = name.Trim(), Slug = slug };
        var admin = new Person
        {
            OrganizationId = org.Id,
            Id = Ids.New(time),
            Name = adminName.Trim(),
            Email = PersonRules.NormalizeEmail(adminEmail),
            Roles = OrgRoles.HrAdmin | OrgRoles.OrgAdmin,
        };
        using var tenant = db.ActAs(org.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organizations.Add(org);
        db.People.Add(admin);
        db.ReportingLines.Add(new ReportingLine { OrganizationId = org.Id, AncestorId = admin.Id, DescendantId = admin.Id });
        await db.SaveChangesAsync(ct);

        current.SignIn(Guid.Empty, admin, [], 0); // the invitation is issued in the admin's name
        var link = (await invitations.IssueAsync([admin.Id], replacePending: true, ct)).Single();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (org, link);
    }
}
