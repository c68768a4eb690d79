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
            .WithSummary("Exchange email and password (and, for an email in several organisations, the organisation) for a bearer access token and a refresh token.")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/refresh", RefreshAsync).WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token.")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);

        app.MapPost("/api/v1/invitations/accept", AcceptInvitationAsync).WithTags("Sign-in").AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("AcceptInvitation").WithSummary("Set a password with an invitation token; creates the account.")
            .Produces(StatusCodes.Status204NoContent).ProducesFailures().ProducesProblem(StatusCodes.Status429TooManyRequests);

        var me = app.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization(Policies.Member);
        me.MapGet("/", GetMe).WithName("GetMe").WithSummary("The signed-in person, their roles and reporting chain.");
        // Creating and revoking tokens is on the account page only: it needs a browser session and the password, so a
        // leaked token, or a bearer token refreshed for two weeks, can't mint successors (docs/security.md).
        me.MapGet("/tokens", ListTokensAsync).WithName("ListAccessTokens").WithSummary("Your personal access tokens (without their secrets).");
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInService signIn, HttpContext context, CancellationToken ct)
    {
        var attempt = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", request.Organization,
            IdentityConstants.BearerScheme, persistent: false, ct);
        switch (attempt.Outcome)
        {
            case SignInOutcome.Succeeded:
                // The bearer token handler has written the token response.
                return TypedResults.Empty;
            case SignInOutcome.ChooseOrganization:
                // Only the organisations whose account this very password opened: nothing the caller hadn't proven.
                return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
                    {
                        [nameof(LoginRequest.Organization)] = [SignInService.ChooseOrganizationMessage],
                    })
                {
                    Title = "Choose an organisation.",
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Extensions = { ["organizations"] = attempt.Choices },
                });
            case SignInOutcome.TooManyAttempts:
                context.Response.Headers.RetryAfter = "60";
                return TypedResults.Problem(SignInService.TooManyAttemptsMessage, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
            default:
                return TypedResults.Problem(SignInService.FailedMessage, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }
    }

    private static async Task<IResult> RefreshAsync(RefreshRequest request, SignInManager<UserAccount> signIn,
        IOptionsMonitor<BearerTokenOptions> options, TimeProvider time)
    {
        var protector = options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } account)
        {
            return TypedResults.Problem("The refresh token is not valid. Sign in again.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var principal = await signIn.CreateUserPrincipalAsync(account);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> AcceptInvitationAsync(AcceptInvitationRequest request, Invitations invitations, CancellationToken ct) =>
        (await invitations.AcceptAsync(request, ct)).ToHttp(_ => TypedResults.NoContent());

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
