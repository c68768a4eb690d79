using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.Notifications;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// Invitations: HR issues them (on import or for one person); the person opens the link and sets a
/// password, which creates their account. The link is emailed to the person (an <see cref="NoticeKind.Invitation"/>
/// notice, its link sealed in the outbox), shown to the admin who issued it, and, where <c>Invitations:LogLinks</c> is
/// on (the default in Development only), written to the application log. Whoever holds a link can become that person, so people who hold a role are invited by org
/// admins only, and a link works only while that still holds: a change of the person's roles or email ends their
/// pending links, and acceptance checks again that the issuer may invite the person as they are now.
/// </summary>
public sealed class InvitationService(
    TandemDb db,
    CurrentUser current,
    UserManager<UserAccount> users,
    AuditService audit,
    TimeProvider time,
    PublicUrl publicUrl,
    EmailLinks emailLinks,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<InvitationService> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>
    /// Issues invitations to those of <paramref name="personIds"/> who have no account. A pending invitation
    /// is kept unless <paramref name="replacePending"/>; the caller saves.
    /// </summary>
    public async Task<List<InvitationLink>> IssueAsync(IReadOnlyCollection<Guid> personIds, bool replacePending, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var withAccount = await db.Users.Where(u => u.OrganizationId == current.OrganizationId && personIds.Contains(u.PersonId))
            .Select(u => u.PersonId).ToListAsync(ct);
        var pending = db.Invitations.Where(i => personIds.Contains(i.PersonId) && i.AcceptedAt == null && i.ExpiresAt > now);
        if (replacePending)
        {
            await pending.ExecuteDeleteAsync(ct);
            // Their links stop working: an email of one that has not gone yet is called off.
            await db.Notifications.Where(n => n.Kind == NoticeKind.Invitation && personIds.Contains(n.RecipientId) && n.Email == EmailStatus.Pending && n.EmailClaim == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, EmailStatus.None).SetProperty(n => n.EmailLink, (string?)null), ct);
        }
        var alreadyInvited = replacePending ? [] : await pending.Select(i => i.PersonId).ToListAsync(ct);

        var people = await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id) && p.Status != PersonStatus.Left
                        && !withAccount.Contains(p.Id) && !alreadyInvited.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Email })
            .ToListAsync(ct);
        var links = new List<InvitationLink>();
        var organization = people.Count == 0 ? "" : await db.Organizations.Where(o => o.Id == current.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var routing = NoticeRouting.Always(NoticeKind.Invitation);
        foreach (var person in people)
        {
            var token = Base64UrlToken();
            db.Invitations.Add(new Invitation
            {
                Id = Ids.New(time),
                PersonId = person.Id,
                Email = person.Email,
                TokenHash = AccessTokenHandler.Hash(token),
                CreatedAt = now,
                ExpiresAt = now + Lifetime,
                CreatedById = current.PersonId,
            });
            audit.Add(AuditActions.InvitationCreated, person.Id);
            // Nothing to do in the app before the account exists: the notice is read, its email carries the link.
            var notice = routing.New(time, now, person.Id,
                $"{organization} invites you to Tandem: choose a password to sign in. The link works until {(now + Lifetime).ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)}.",
                "/account/login");
            notice.ReadAt = now;
            notice.EmailLink = emailLinks.Seal($"/invite/{token}");
            db.Notifications.Add(notice);
            var url = publicUrl.For($"/invite/{token}");
            if (configuration.GetValue("Invitations:LogLinks", environment.IsDevelopment()))
                logger.LogInformation("Invitation for {Email}: {Url}", person.Email, url);
            else
                logger.LogInformation("Invitation issued for person {PersonId}", person.Id);
            links.Add(new InvitationLink(person.Id, person.Name, person.Email, url, now + Lifetime));
        }
        return links;
    }

    /// <summary>Issues (or re-issues) one person's invitation now.</summary>
    public async Task<Outcome<InvitationLink>> InviteAsync(Guid personId, CancellationToken ct)
    {
        if (!current.IsHrAdmin && !current.IsOrgAdmin) return Failure.Forbidden("Only HR and org admins invite people.");
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Status, p.Roles }).SingleOrDefaultAsync(ct);
        if (person is null) return Failure.NotFound("No such person.");
        if (person.Status == PersonStatus.Left) return Failure.Conflict("This person has left the organisation.");
        if (!AccountsAccess.CanInvite(current, person.Roles))
            return Failure.Forbidden("This person is an HR or org admin: only an org admin may create their invitation link.");
        if (await db.Users.AnyAsync(u => u.OrganizationId == current.OrganizationId && u.PersonId == personId, ct))
            return Failure.Conflict("This person already has an account.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var link = (await IssueAsync([personId], replacePending: true, ct)).Single();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return link;
    }

    public async Task<InvitationInfo?> FindAsync(string token, CancellationToken ct)
    {
        var invitation = await FindPendingAsync(token, ct);
        if (invitation is null || await UsablePersonAsync(invitation, ct) is not { } person) return null;
        var organization = await db.Organizations.Where(o => o.Id == person.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return new InvitationInfo(person.Name, person.Email, organization);
    }

    /// <summary>Creates the account with the chosen password; the invitation can't be used again.</summary>
    public async Task<Outcome<UserAccount>> AcceptAsync(AcceptInvitationRequest request, CancellationToken ct)
    {
        var invitation = await FindPendingAsync(request.Token ?? "", ct);
        if (invitation is null)
            return Failure.NotFound("This invitation link is not valid. It may have been used or have expired; ask HR for a new one.");
        using var tenant = db.ActAs(invitation.OrganizationId);
        if (await UsablePersonAsync(invitation, ct) is not { } person)
            return Failure.NotFound("This invitation link is not valid any more.");

        var account = UserAccount.For(person, time.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(account, request.Password ?? "");
        }
        catch (DbUpdateException)
        {
            // Another acceptance of the same invitation created the account a moment earlier.
            return Failure.Conflict("This invitation has just been used. Sign in with your new password.");
        }
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code == "DuplicateUserName")
                ? Failure.Conflict("This invitation has just been used. Sign in with your new password.")
                : Failure.Invalid(new Dictionary<string, string[]>
                    { [nameof(AcceptInvitationRequest.Password)] = [.. created.Errors.Select(e => e.Description)] });
        }
        // Only one acceptance wins: a second one, racing this, finds the invitation already used.
        var claimed = await db.Invitations.Where(i => i.Id == invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, time.GetUtcNow()), ct);
        if (claimed == 0) return Failure.NotFound("This invitation link is not valid any more.");
        audit.Add(person.OrganizationId, person.Id, AuditActions.InvitationAccepted, person.Id, null);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return account;
    }

    /// <summary>
    /// The invited person while the link may still be used: they haven't left or set a password, still have the email
    /// it was issued for, and its issuer (if a person) is still active and may invite someone with the person's roles
    /// as they are now. Else an HR admin could keep a link for someone later made org admin, and become them.
    /// </summary>
    private async Task<Person?> UsablePersonAsync(Invitation invitation, CancellationToken ct)
    {
        var people = db.People.IgnoreQueryFilters([TandemDb.TenantFilter]).AsNoTracking().Where(p => p.OrganizationId == invitation.OrganizationId);
        var person = await people.SingleOrDefaultAsync(p => p.Id == invitation.PersonId, ct);
        if (person is null || person.Status == PersonStatus.Left || person.Email != invitation.Email) return null;
        if (await db.Users.AnyAsync(u => u.OrganizationId == person.OrganizationId && u.PersonId == person.Id, ct)) return null;
        if (invitation.CreatedById is not { } issuerId) return person;
        var issuer = await people.Where(p => p.Id == issuerId).Select(p => new { p.Status, p.Roles }).SingleOrDefaultAsync(ct);
        return issuer is not null && issuer.Status != PersonStatus.Left && AccountsAccess.CanInvite(issuer.Roles, person.Roles) ? person : null;
    }

    private Task<Invitation?> FindPendingAsync(string token, CancellationToken ct)
    {
        var hash = AccessTokenHandler.Hash(token);
        var now = time.GetUtcNow();
        return db.Invitations.IgnoreQueryFilters([TandemDb.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAt == null && i.ExpiresAt > now, ct);
    }

    internal static string Base64UrlToken() =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

/// <summary>A one-time link for a person to set their password. Shown once.</summary>
public sealed record InvitationLink(Guid PersonId, string Name, string Email, string Url, DateTimeOffset ExpiresAt);

/// <summary>What the invitation page shows before the person sets a password.</summary>
public sealed record InvitationInfo(string Name, string Email, string Organization);

/// <summary>The token from an invitation link and the password the person chose.</summary>
public sealed record AcceptInvitationRequest(string Token, string Password);
