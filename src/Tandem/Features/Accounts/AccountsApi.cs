using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Sign-in").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/login", LoginAsync).WithName("Login")
            .WithSummary("Exchange email and password (and, for an email in several organisations, the organisation) for a bearer access token and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync).WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token.");

        auth.MapPost("/password-reset", async (PasswordResetRequest request, PasswordResets resets, CancellationToken ct) =>
                (await resets.RequestAsync(request.Email, ct)).ToHttp(_ => TypedResults.Accepted((string?)null, new PasswordResetSent(PasswordResets.SentMessage)))
                    .Or<InvalidProblem, TooManyRequestsProblem>())
            .WithName("RequestPasswordReset")
            .WithSummary("Email a link to choose a new password to each account with this email; the same answer whether there is one or not.");
        auth.MapPost("/password-reset/confirm", async (PasswordResetConfirmation request, PasswordResets resets, CancellationToken ct) =>
                (await resets.ResetAsync(request.UserId, request.Token, request.NewPassword, ct)).ToHttp(_ => TypedResults.NoContent()).Or<InvalidProblem>())
            .WithName("ResetPassword").WithSummary("Set a new password with the user id and token of a reset link; ends every other session.");

        app.MapPost("/api/v1/invitations/accept", async (AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct) =>
                (await invitations.AcceptAsync(request, ct)).ToHttp(_ => TypedResults.NoContent()).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithTags("Sign-in").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn)
            .WithName("AcceptInvitation").WithSummary("Set a password with an invitation token; creates the account.");

        var me = app.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization(Policies.Member);
        me.MapGet("/", GetMe).WithName("GetMe").WithSummary("The signed-in person, their roles and reporting chain.");
        // Creating and revoking tokens is on the account page only: it needs a browser session and the password, so a
        // leaked token, or a bearer token refreshed for two weeks, can't mint successors (docs/security.md).
        me.MapGet("/tokens", ListTokensAsync).WithName("ListAccessTokens").WithSummary("Your personal access tokens (without their secrets).");
        return app;
    }

    private static async Task<Results<AccessTokenResult, InvalidProblem, TooManyRequestsProblem, UnauthorizedProblem>> LoginAsync(LoginRequest request,
        SignInService signIn, CancellationToken ct)
    {
        var attempt = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", request.Organization,
            IdentityConstants.BearerScheme, persistent: false, ct);
        switch (attempt.Outcome)
        {
            case SignInOutcome.Succeeded:
                return AccessTokenResult.Written;
            case SignInOutcome.ChooseOrganization:
                // Only the organisations whose account this very password opened: nothing the caller hadn't proven.
                return new InvalidProblem(new Dictionary<string, string[]> { [nameof(LoginRequest.Organization)] = [SignInService.ChooseOrganizationMessage] },
                    "Choose an organisation.") { Extensions = { ["organizations"] = attempt.Choices } };
            case SignInOutcome.TooManyAttempts:
                return new TooManyRequestsProblem(SignInService.TooManyAttemptsMessage) { RetryAfter = TimeSpan.FromMinutes(1) };
            default:
                return new UnauthorizedProblem(SignInService.FailedMessage, "Sign-in failed");
        }
    }

    private static async Task<Results<AccessTokenResult, UnauthorizedProblem>> RefreshAsync(RefreshRequest request, SignInManager<UserAccount> signIn,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider time)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } account)
        {
            return new UnauthorizedProblem("The refresh token is not valid. Sign in again.");
        }
        return new AccessTokenResult(await signIn.CreateUserPrincipalAsync(account));
    }

    private static Ok<MeResponse> GetMe(CurrentUser me) =>
        TypedResults.Ok(new MeResponse(me.PersonId, me.OrganizationId, me.Name, me.Email, me.Roles, me.ManagerChain, me.DirectReportCount));

    private static async Task<Ok<List<AccessTokenInfo>>> ListTokensAsync(AccessTokens tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(ct));
}

/// <summary>
/// Email and password of an account. <see cref="Organization"/> (the organisation's short name) is needed only when
/// the email has accounts in several organisations and the password opens more than one.
/// </summary>
public sealed record LoginRequest(string Email, string Password, string? Organization = null);

/// <summary>A refresh token from an earlier login.</summary>
public sealed record RefreshRequest(string RefreshToken);

/// <summary>The signed-in person.</summary>
public sealed record MeResponse(Guid PersonId, Guid OrganizationId, string Name, string Email, OrgRoles Roles,
    IReadOnlyList<Guid> ManagerChain, int DirectReports);
