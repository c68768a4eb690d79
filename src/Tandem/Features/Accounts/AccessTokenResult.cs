using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;

namespace Tandem.Features.Accounts;

/// <summary>
/// 200 with a bearer access token and refresh token (<see cref="AccessTokenResponse"/>), which the bearer token handler
/// writes when a principal signs in: at login that happened while the password was checked (<see cref="Written"/>);
/// on refresh it happens here.
/// </summary>
public sealed class AccessTokenResult : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly ClaimsPrincipal? _principal;

    public AccessTokenResult(ClaimsPrincipal principal) => _principal = principal;

    private AccessTokenResult() => _principal = null;

    /// <summary>The token response is written already.</summary>
    public static AccessTokenResult Written { get; } = new();

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => _principal is null
        ? Task.CompletedTask
        : TypedResults.SignIn(_principal, authenticationScheme: IdentityConstants.BearerScheme).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(AccessTokenResponse), ["application/json"]));
}
