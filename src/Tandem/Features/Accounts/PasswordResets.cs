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
/// "Forgot your password": a link by email to choose a new one. The answer never tells whether an email has an
/// account; each account with it (one per organisation) gets its own link, an Identity reset token that works for an
/// hour and only until the password or security stamp changes. Setting the new password ends every other session and
/// revokes the person's access tokens, as a change does, and unlocks the account.
/// </summary>
public sealed class PasswordResets(
    UserManager<UserAccount> users,
    TandemDb db,
    SignInEmailLimiter limiter,
    EmailLinks emailLinks,
    AuditService audit,
    TimeProvider time,
    ILogger<PasswordResets> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    public const string SentMessage = "If this email has a Tandem account, a link to choose a new password is on its way. It works for an hour.";
    public const string ExpiredMessage = "This link has expired or was used already. Ask for a new one.";

    /// <summary>Emails a reset link to each active account with <paramref name="email"/>; the same answer whether there is one or not.</summary>
    public async Task<Outcome<bool>> RequestAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || !PersonRules.IsValidEmail(email.Trim()))
            return Failure.Invalid("Email", "Enter the email you sign in with.");
        var normalized = users.NormalizeEmail(email.Trim()) ?? "";
        // Counted with the sign-in attempts for the email: nobody fills someone's inbox with links.
        if (!limiter.TryAttempt(normalized)) return new Failure(OutcomeKind.TooManyRequests, new Dictionary<string, string[]>(), SignInService.TooManyAttemptsMessage);
        var accounts = await (
                from u in db.Users
                join p in db.People.IgnoreQueryFilters([TandemDb.TenantFilter]) on new { u.OrganizationId, Id = u.PersonId } equals new { p.OrganizationId, p.Id }
                join o in db.Organizations on u.OrganizationId equals o.Id
                where u.NormalizedEmail == normalized && p.Status != PersonStatus.Left
                select new { Account = u, Organization = o.Name })
            .ToListAsync(ct);
        foreach (var found in accounts)
        {
            var token = await users.GeneratePasswordResetTokenAsync(found.Account);
            using var tenant = db.ActAs(found.Account.OrganizationId);
            AccountNotices.Add(db, time, found.Account.OrganizationId, found.Account.PersonId, NoticeKind.PasswordReset,
                $"Choose a new password for Tandem at {found.Organization}. The link works for an hour. If you did not ask for it, ignore this email: your password stays as it is.",
                "/account/login", emailLinks.Seal($"/account/reset?user={found.Account.Id}&token={Uri.EscapeDataString(token)}"));
            audit.Add(found.Account.OrganizationId, found.Account.PersonId, AuditActions.PasswordResetRequested, found.Account.PersonId, null);
            await db.SaveChangesAsync(ct);
        }
        logger.LogInformation("Password reset asked for an email with {Count} accounts.", accounts.Count);
        return true;
    }

    /// <summary>Sets the new password with a link's token; a token that is wrong, used or expired is refused as one.</summary>
    public async Task<Outcome<bool>> ResetAsync(Guid userId, string? token, string? newPassword, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(newPassword)) return Failure.Invalid("NewPassword", "Choose a new password.");
        var account = await users.FindByIdAsync(userId.ToString());
        if (account is null || string.IsNullOrEmpty(token) || token.Length > 2_000) return Failure.Invalid("Token", ExpiredMessage);
        using var tenant = db.ActAs(account.OrganizationId);
        if (!await db.People.AnyAsync(p => p.Id == account.PersonId && p.Status != PersonStatus.Left, ct)) return Failure.Invalid("Token", ExpiredMessage);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ResetPasswordAsync(account, token, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? Failure.Invalid("Token", ExpiredMessage)
                : Failure.Invalid(new Dictionary<string, string[]> { ["NewPassword"] = [.. result.Errors.Select(e => e.Description)] });
        }
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        var now = time.GetUtcNow();
        var revoked = await db.AccessTokens.Where(t => t.PersonId == account.PersonId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        audit.Add(account.OrganizationId, account.PersonId, AuditActions.PasswordChanged, account.PersonId,
            revoked == 0 ? "reset by email link" : $"reset by email link; {revoked} personal access tokens revoked");
        await AlertChangedAsync(db, time, account, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The alert after a password change or reset, in the account's organisation; the caller saves.</summary>
    public static async Task AlertChangedAsync(TandemDb db, TimeProvider time, UserAccount account, CancellationToken ct)
    {
        var zone = await db.People.Where(p => p.Id == account.PersonId).Select(p => p.TimeZone).SingleAsync(ct);
        AccountNotices.Add(db, time, account.OrganizationId, account.PersonId, NoticeKind.SignInAlert,
            $"Your Tandem password was changed on {AccountNotices.When(time.GetUtcNow(), zone)}, and your other sessions were signed out. If it was not you, choose a new password now.",
            "/account/forgot");
    }
}
