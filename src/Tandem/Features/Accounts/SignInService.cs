using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Password sign-in for the sign-in page (cookie) and the API (bearer token), with lockout after repeated
/// failures and an audit event for every attempt on a known account.
/// </summary>
public sealed class SignInService(SignInManager<UserAccount> signIn, TandemDb db, AuditLog audit, CurrentUser current, ILogger<SignInService> logger)
{
    public const string FailedMessage = "That email and password don't match an active account.";
    public const string LockedOutMessage = "Too many failed attempts. Wait 15 minutes, then try again.";

    /// <summary>
    /// Signs in with the first of the email's accounts (one per organisation) whose password matches. Every
    /// account costs one password hash, found or not, so timing does not reveal which emails have accounts.
    /// </summary>
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, string scheme, bool persistent, CancellationToken ct)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        var normalized = signIn.UserManager.NormalizeEmail(email.Trim());
        // No account can have a longer password; don't spend work on one.
        var accounts = password.Length > PasswordRules.MaximumLength ? [] : await db.Users
            .Where(u => u.NormalizedEmail == normalized)
            .OrderBy(u => u.CreatedAt)
            .ToListAsync(ct);
        if (accounts.Count == 0)
        {
            hasher.HashPassword(new UserAccount(), password);
            logger.LogInformation("Sign-in failed for an unknown email.");
            return SignInOutcome.Failed;
        }

        var personIds = accounts.Select(a => a.PersonId).ToList();
        var active = await db.People.IgnoreQueryFilters([TandemDb.TenantFilter])
            .Where(p => personIds.Contains(p.Id) && p.Status != PersonStatus.Left)
            .Select(p => p.Id)
            .ToListAsync(ct);

        var outcome = SignInOutcome.Failed;
        signIn.AuthenticationScheme = scheme;
        foreach (var account in accounts)
        {
            var result = SignInResult.Failed;
            if (active.Contains(account.PersonId)) result = await signIn.PasswordSignInAsync(account, password, persistent, lockoutOnFailure: true);
            else hasher.HashPassword(account, password);

            var (accountOutcome, action) = result switch
            {
                { Succeeded: true } => (SignInOutcome.Succeeded, AuditActions.SignInSucceeded),
                { IsLockedOut: true } => (SignInOutcome.LockedOut, AuditActions.SignInLockedOut),
                _ => (SignInOutcome.Failed, AuditActions.SignInFailed),
            };
            await audit.WriteAsync(account.OrganizationId, account.PersonId, action, account.PersonId,
                scheme == IdentityConstants.BearerScheme ? "API" : "Web", ct);
            if (accountOutcome == SignInOutcome.Succeeded) return accountOutcome;
            if (accountOutcome == SignInOutcome.LockedOut) outcome = accountOutcome;
        }
        return outcome;
    }

    /// <summary>Changes the signed-in person's password and keeps them signed in on this device only.</summary>
    public async Task<Outcome<bool>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct)
    {
        var account = await signIn.UserManager.FindByIdAsync(current.UserId.ToString());
        if (account is null) return Failure.NotFound("Your account was not found.");
        // Wrong current passwords count towards lock-out, as at sign-in: a borrowed session can't guess freely.
        var check = currentPassword.Length > PasswordRules.MaximumLength
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(account, currentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
            return Failure.Invalid("CurrentPassword", check.IsLockedOut ? LockedOutMessage : "That is not your current password.");
        var result = await signIn.UserManager.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!result.Succeeded)
            return Failure.Invalid(new Dictionary<string, string[]> { ["NewPassword"] = [.. result.Errors.Select(e => e.Description)] });
        await signIn.RefreshSignInAsync(account);
        audit.Add(AuditActions.PasswordChanged, current.PersonId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
