using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>Email and password of an account.</summary>
public sealed record LoginRequest(string Email, string Password);

/// <summary>A refresh token from an earlier login.</summary>
public sealed record RefreshRequest(string RefreshToken);

/// <summary>The signed-in person.</summary>
public sealed record MeResponse(Guid PersonId, Guid OrganizationId, string Name, string Email, OrgRoles Roles,
    IReadOnlyList<Guid> ManagerChain, int DirectReports);

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Sign-in").AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        auth.MapPost("/login", LoginAsync).WithName("Login")
            .WithSummary("Exchange email and password for a bearer access token and a refresh token.")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
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
        me.MapGet("/tokens", ListTokensAsync).WithName("ListAccessTokens").WithSummary("Your personal access tokens (without their secrets).");
        me.MapPost("/tokens", CreateTokenAsync).WithName("CreateAccessToken")
            .WithSummary("Create a personal access token. The token is in the response only this once.")
            .ProducesOutcome<CreatedAccessToken>(StatusCodes.Status201Created);
        me.MapDelete("/tokens/{id:guid}", RevokeTokenAsync).WithName("RevokeAccessToken").WithSummary("Revoke one of your tokens.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, SignInService signIn, CancellationToken ct)
    {
        var outcome = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "",
            IdentityConstants.BearerScheme, persistent: false, ct);
        return outcome switch
        {
            // The bearer token handler has written the token response.
            SignInOutcome.Succeeded => TypedResults.Empty,
            SignInOutcome.LockedOut => TypedResults.Problem(SignInService.LockedOutMessage, statusCode: StatusCodes.Status401Unauthorized, title: "Locked out"),
            _ => TypedResults.Problem(SignInService.FailedMessage, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed"),
        };
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

    private static async Task<IResult> CreateTokenAsync(CreateAccessTokenRequest request, AccessTokens tokens, ClaimsPrincipal user, CancellationToken ct) =>
        AccessTokenHandler.IsUsedBy(user)
            ? TokensNeedSignIn()
            : (await tokens.CreateAsync(request, ct)).ToHttp(created => TypedResults.Created($"/api/v1/me/tokens/{created.Info.Id}", created));

    private static async Task<IResult> RevokeTokenAsync(Guid id, AccessTokens tokens, ClaimsPrincipal user, CancellationToken ct) =>
        AccessTokenHandler.IsUsedBy(user) ? TokensNeedSignIn()
        : await tokens.RevokeAsync(id, ct) ? TypedResults.NoContent()
        : TypedResults.Problem("No such token.", statusCode: StatusCodes.Status404NotFound);

    // A leaked token must not be able to mint itself successors that outlive its revocation.
    private static ProblemHttpResult TokensNeedSignIn() => TypedResults.Problem(
        "Personal access tokens can't create or revoke tokens. Sign in with your password to manage them.",
        statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
