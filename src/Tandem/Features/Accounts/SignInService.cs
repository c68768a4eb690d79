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

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, string scheme, bool persistent, CancellationToken ct)
    {
        var account = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (account is null)
        {
            // Hash anyway, so that the answer takes as long as for a real account and does not reveal which
            // emails have one. No organisation to attribute this to: structured log only.
            signIn.UserManager.PasswordHasher.HashPassword(new UserAccount(), password);
            logger.LogInformation("Sign-in failed for an unknown email.");
            return SignInOutcome.Failed;
        }

        var personActive = await db.People.IgnoreQueryFilters([TandemDb.TenantFilter])
            .AnyAsync(p => p.OrganizationId == account.OrganizationId && p.Id == account.PersonId && p.Status != PersonStatus.Left, ct);
        var result = SignInResult.Failed;
        if (personActive)
        {
            signIn.AuthenticationScheme = scheme;
            result = await signIn.PasswordSignInAsync(account, password, persistent, lockoutOnFailure: true);
        }
        else
        {
            signIn.UserManager.PasswordHasher.HashPassword(account, password);
        }

        var (outcome, action) = result switch
        {
            { Succeeded: true } => (SignInOutcome.Succeeded, AuditActions.SignInSucceeded),
            { IsLockedOut: true } => (SignInOutcome.LockedOut, AuditActions.SignInLockedOut),
            _ => (SignInOutcome.Failed, AuditActions.SignInFailed),
        };
        await audit.WriteAsync(account.OrganizationId, account.PersonId, action, account.PersonId,
            scheme == IdentityConstants.BearerScheme ? "API" : "Web", ct);
        return outcome;
    }

    /// <summary>Changes the signed-in person's password and keeps them signed in on this device only.</summary>
    public async Task<Outcome<bool>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct)
    {
        var account = await signIn.UserManager.FindByIdAsync(current.UserId.ToString());
        if (account is null) return Failure.NotFound("Your account was not found.");
        var result = await signIn.UserManager.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == "PasswordMismatch") ? "CurrentPassword" : "NewPassword";
            return Failure.Invalid(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Code == "PasswordMismatch" ? "That is not your current password." : e.Description)] });
        }
        await signIn.RefreshSignInAsync(account);
        audit.Add(AuditActions.PasswordChanged, current.PersonId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
