using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Tandem.Security;

public static class TokenScopes
{
    /// <summary>The claim a personal access token's principal carries; cookies and Identity bearer tokens have none.</summary>
    public const string ClaimType = "tandem:token-scope";

    /// <summary>The token's scope, or null when the request was not made with a personal access token.</summary>
    public static AccessTokenScope? Of(ClaimsPrincipal user) =>
        Enum.TryParse<AccessTokenScope>(user.FindFirstValue(ClaimType), out var scope) ? scope : null;

    /// <summary>Whether the method only reads (RFC 9110 safe methods).</summary>
    public static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}

/// <summary>What a personal access token may do as its person. Each includes the ones before it.</summary>
public enum AccessTokenScope
{
    /// <summary>Safe requests (GET, HEAD) only, as a member without admin roles.</summary>
    Read,
    /// <summary>Reading and changing, as a member without admin roles.</summary>
    Write,
    /// <summary>Everything the person may do, their HR admin and org admin roles included.</summary>
    Admin,
}

/// <summary>Part of every policy: a read-only token may only make safe requests.</summary>
public sealed class TokenScopeRequirement : AuthorizationHandler<TokenScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TokenScopeRequirement requirement)
    {
        // Endpoint authorization passes the request; without one there is no method to judge, so a read token fails.
        var method = (context.Resource as HttpContext)?.Request.Method;
        if (TokenScopes.Of(context.User) is not AccessTokenScope.Read || (method is not null && TokenScopes.IsSafe(method)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
