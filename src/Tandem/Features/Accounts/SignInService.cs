using System.Security.Claims;
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
/// Password sign-in for the sign-in page (cookie) and the API (bearer token). Accounts are per organisation, and a
/// sign-in only ever touches the account it is for: the email's one active account, or the one in the organisation
/// it names. When the email has accounts in several organisations and none is named, passwords are checked without
/// touching any account, and the person picks when several open (docs/security.md).
/// </summary>
public sealed class SignInService(
    SignInManager<UserAccount> signIn,
    TandemDb db,
    AuditService audit,
    CurrentUser current,
    SignInEmailLimiter limiter,
    SignInThrottles throttles,
    TimeProvider time,
    IHttpContextAccessor http,
    ILogger<SignInService> logger)
{
    /// <summary>Every failed sign-in, locked accounts included: no answer tells whether an email has an account.</summary>
    public const string FailedMessage =
        "That email and password don't match an active account. After several failed attempts, signing in pauses for 15 minutes.";
    public const string TooManyAttemptsMessage = "Too many sign-in attempts for this email. Wait a minute, then try again.";
    public const string ChooseOrganizationMessage = "Your password opens accounts in more than one organisation. Choose the one to sign in to.";
    /// <summary>For someone already signed in, who may know their account is locked.</summary>
    public const string LockedOutMessage = "Too many failed attempts. Wait 15 minutes, then try again.";

    private sealed record Candidate(UserAccount Account, string Slug, string Name);

    /// <param name="organization">The organisation's short name, or null for the email's only account.</param>
    public async Task<SignInAttempt> PasswordSignInAsync(string email, string password, string? organization, string scheme, bool persistent,
        CancellationToken ct)
    {
        var normalized = signIn.UserManager.NormalizeEmail(email.Trim()) ?? "";
        if (!limiter.TryAttempt(normalized)) return SignInAttempt.TooManyAttempts;
        var slug = string.IsNullOrWhiteSpace(organization) ? null : organization.Trim().ToLowerInvariant();
        // No account can have a longer password; don't spend work on one.
        var candidates = password.Length > PasswordRules.MaximumLength ? [] : await (
                from u in db.Users
                join p in db.People.IgnoreQueryFilters([TandemDb.TenantFilter]) on new { u.OrganizationId, Id = u.PersonId } equals new { p.OrganizationId, p.Id }
                join o in db.Organizations on u.OrganizationId equals o.Id
                where u.NormalizedEmail == normalized && p.Status != PersonStatus.Left && (slug == null || o.Slug == slug)
                orderby u.CreatedAt
                select new Candidate(u, o.Slug, o.Name))
            .ToListAsync(ct);

        signIn.AuthenticationScheme = scheme;
        var channel = scheme == IdentityConstants.BearerScheme ? "API" : "Web";
        switch (candidates.Count)
        {
            case 0:
                // The same work as a wrong password, so the answer's timing doesn't tell which emails have accounts.
                signIn.UserManager.PasswordHasher.HashPassword(new UserAccount(), password);
                logger.LogInformation("Sign-in failed: no active account for the email{InOrganization}.", slug is null ? "" : " in the named organisation");
                return SignInAttempt.Failed;
            case 1:
                return await SignInToAsync(candidates[0].Account, password, persistent, channel, ct);
            default:
                return await SignInToOneOfAsync(candidates, normalized, password, persistent, channel, ct);
        }
    }

    /// <summary>The attempt is for this account: a failure counts towards its lockout and is in its organisation's log.</summary>
    private async Task<SignInAttempt> SignInToAsync(UserAccount account, string password, bool persistent, string channel, CancellationToken ct)
    {
        SignInResult result;
        if (await signIn.UserManager.IsLockedOutAsync(account))
        {
            // Identity answers a locked account at once, without hashing: the speed alone would tell that it exists.
            Verify(account, password);
            result = SignInResult.LockedOut;
        }
        else
        {
            result = await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
            // This failure paused the account: its owner hears of it, once a pause.
            if (result.IsLockedOut) await AlertAsync(account, "Sign-ins to your Tandem account failed {0} times in a row, so signing in is paused for 15 minutes "
                + "(since {1}). If it was not you, your password held; if it is short or used elsewhere, choose a new one.", ct);
        }
        if (result.Succeeded) await SignInAsync(account, persistent, channel, ct);
        var action = result.Succeeded ? AuditActions.SignInSucceeded : result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SignInFailed;
        await audit.WriteAsync(account.OrganizationId, account.PersonId, action, account.PersonId, channel, ct);
        return result.Succeeded ? SignInAttempt.Succeeded : SignInAttempt.Failed;
    }

    /// <summary>
    /// Several organisations have an account with this email and the attempt named none. Each password is checked
    /// without touching its account: no failure counted, nothing in its organisation's log. Failures count against
    /// the email instead (<see cref="SignInThrottle"/>), or the owner of one account could guess another's freely.
    /// </summary>
    private async Task<SignInAttempt> SignInToOneOfAsync(List<Candidate> candidates, string normalizedEmail, string password, bool persistent,
        string channel, CancellationToken ct)
    {
        var throttled = await throttles.IsLockedAsync(normalizedEmail, ct);
        var opened = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            // Every account costs its hash, throttled or not, so timing tells nothing more.
            if (Verify(candidate.Account, password) != PasswordVerificationResult.Failed && !await signIn.UserManager.IsLockedOutAsync(candidate.Account))
                opened.Add(candidate);
        }
        if (throttled)
        {
            logger.LogInformation("Sign-in refused: too many failures for an email with accounts in {Count} organisations.", candidates.Count);
            return SignInAttempt.Failed;
        }
        switch (opened.Count)
        {
            case 0:
                await throttles.FailAsync(normalizedEmail, ct);
                logger.LogInformation("Sign-in failed for an email with accounts in {Count} organisations.", candidates.Count);
                return SignInAttempt.Failed;
            case 1:
                var account = opened[0].Account;
                // This account did authenticate: its earlier failures are forgiven, as Identity does.
                if (account.AccessFailedCount > 0) await signIn.UserManager.ResetAccessFailedCountAsync(account);
                await SignInAsync(account, persistent, channel, ct);
                await audit.WriteAsync(account.OrganizationId, account.PersonId, AuditActions.SignInSucceeded, account.PersonId, channel, ct);
                return SignInAttempt.Succeeded;
            default:
                return new SignInAttempt(SignInOutcome.ChooseOrganization, [.. opened.Select(c => new OrganizationChoice(c.Slug, c.Name))]);
        }
    }

    // As SignInManager.PasswordSignInAsync does after checking the password, for the scheme set above. A browser this
    // account has not signed in with before gets its owner an alert (API sign-ins are scripts: they have no browser).
    private async Task SignInAsync(UserAccount account, bool persistent, string channel, CancellationToken ct)
    {
        await signIn.SignInWithClaimsAsync(account, persistent, [new Claim("amr", "pwd")]);
        if (channel == "Web" && http.HttpContext is { } context && !KnownBrowsers.Remember(context, account.Id))
        {
            var browser = Browser(context.Request.Headers.UserAgent.ToString());
            await AlertAsync(account, "New sign-in to your Tandem account from " + browser + " on {1}. If it was not you, choose a new password now.", ct);
        }
    }

    // {0}: the failures that pause an account; {1}: now, on the person's clock.
    private async Task AlertAsync(UserAccount account, string text, CancellationToken ct)
    {
        using var tenant = db.ActAs(account.OrganizationId);
        var zone = await db.People.Where(p => p.Id == account.PersonId).Select(p => p.TimeZone).SingleAsync(ct);
        AccountNotices.Add(db, time, account.OrganizationId, account.PersonId, NoticeKind.SignInAlert,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, text, signIn.Options.Lockout.MaxFailedAccessAttempts, AccountNotices.When(time.GetUtcNow(), zone)),
            "/account/forgot");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"Firefox on Linux", from a user agent; "a browser" when it says nothing recognisable.</summary>
    public static string Browser(string userAgent)
    {
        string[] browsers = ["Edg/:Edge", "OPR/:Opera", "Firefox/:Firefox", "Chrome/:Chrome", "Safari/:Safari"];
        string[] systems = ["Windows:Windows", "iPhone:iOS", "iPad:iPadOS", "Android:Android", "Mac OS X:macOS", "CrOS:ChromeOS", "Linux:Linux"];
        var name = browsers.Select(b => b.Split(':')).FirstOrDefault(b => userAgent.Contains(b[0], StringComparison.Ordinal))?[1] ?? "a browser";
        var system = systems.Select(s => s.Split(':')).FirstOrDefault(s => userAgent.Contains(s[0], StringComparison.Ordinal))?[1];
        return system is null ? name : $"{name} on {system}";
    }

    private PasswordVerificationResult Verify(UserAccount account, string password)
    {
        var hasher = signIn.UserManager.PasswordHasher;
        if (account.PasswordHash is { } hash) return hasher.VerifyHashedPassword(account, hash, password);
        hasher.HashPassword(account, password);
        return PasswordVerificationResult.Failed;
    }

    /// <summary>The signed-in person's organisation, for its own sign-in link (people in several need to name it).</summary>
    public Task<OrganizationChoice> CurrentOrganizationAsync(CancellationToken ct) =>
        db.Organizations.Where(o => o.Id == current.OrganizationId).Select(o => new OrganizationChoice(o.Slug, o.Name)).SingleAsync(ct);

    /// <summary>
    /// Asks the signed-in person for their password again before a sensitive change (a new password, a new token).
    /// Wrong passwords count towards lockout, as at sign-in: a borrowed session can't guess freely.
    /// </summary>
    public async Task<Outcome<UserAccount>> ReauthenticateAsync(string password, string field)
    {
        var account = await signIn.UserManager.FindByIdAsync(current.UserId.ToString());
        if (account is null) return Failure.NotFound("Your account was not found.");
        var check = password.Length > PasswordRules.MaximumLength
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        if (!check.Succeeded) return Failure.Invalid(field, check.IsLockedOut ? LockedOutMessage : "That is not your current password.");
        return account;
    }

    /// <summary>
    /// Changes the signed-in person's password. The new security stamp ends every other session, bearer and refresh
    /// token (CurrentUserMiddleware checks it on every request); their personal access tokens are revoked. This device
    /// stays signed in.
    /// </summary>
    public async Task<Outcome<bool>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct)
    {
        var confirmed = await ReauthenticateAsync(currentPassword, "CurrentPassword");
        if (!confirmed.Succeeded) return new Failure(confirmed.Kind, confirmed.Errors, confirmed.Detail);
        var account = confirmed.Value!;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await signIn.UserManager.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!result.Succeeded)
            return Failure.Invalid(new Dictionary<string, string[]> { ["NewPassword"] = [.. result.Errors.Select(e => e.Description)] });
        var now = time.GetUtcNow();
        var revoked = await db.AccessTokens.Where(t => t.PersonId == current.PersonId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        audit.Add(AuditActions.PasswordChanged, current.PersonId, revoked == 0 ? null : $"{revoked} personal access tokens revoked");
        await PasswordResets.AlertChangedAsync(db, time, account, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await signIn.RefreshSignInAsync(account);
        return true;
    }
}

public enum SignInOutcome
{
    Succeeded,
    /// <summary>Wrong password, unknown email, locked account, person who left: one answer for all.</summary>
    Failed,
    /// <summary>The password opens accounts in several organisations: the person picks one.</summary>
    ChooseOrganization,
    /// <summary>Too many attempts for this email this minute, whether or not it has an account.</summary>
    TooManyAttempts,
}

/// <summary>An organisation the person may sign in to, by its short name (slug).</summary>
public sealed record OrganizationChoice(string Slug, string Name);

/// <summary>What a sign-in did; <see cref="Choices"/> lists the organisations to choose from.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, IReadOnlyList<OrganizationChoice> Choices)
{
    public static readonly SignInAttempt Succeeded = new(SignInOutcome.Succeeded, []);
    public static readonly SignInAttempt Failed = new(SignInOutcome.Failed, []);
    public static readonly SignInAttempt TooManyAttempts = new(SignInOutcome.TooManyAttempts, []);
}
