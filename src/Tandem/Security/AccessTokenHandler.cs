using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;

namespace Tandem.Security;

/// <summary>Authenticates "Authorization: Bearer tdm_…" personal access tokens by their SHA-256 hash.</summary>
public sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TandemDb db,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string Prefix = "tdm_";

    /// <summary>Hex SHA-256 of a token; tokens carry 256 random bits, so a fast hash is enough.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the request was authenticated with a personal access token.</summary>
    public static bool IsUsedBy(ClaimsPrincipal user) => user.Identities.Any(i => i.AuthenticationType == SchemeName);

    public static bool LooksLikeToken(string? authorization) =>
        authorization?.StartsWith("Bearer " + Prefix, StringComparison.Ordinal) == true;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (!LooksLikeToken(header)) return AuthenticateResult.NoResult();

        var hash = Hash(header!["Bearer ".Length..].Trim());
        var now = time.GetUtcNow();
        var token = await db.AccessTokens.IgnoreQueryFilters([TandemDb.TenantFilter]).AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.OrganizationId, t.Id, t.PersonId, t.LastUsedAt, t.Scope })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("Unknown, revoked or expired access token.");

        var userId = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == token.OrganizationId && u.PersonId == token.PersonId)
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (userId is null) return AuthenticateResult.Fail("The token's account no longer exists.");

        // Record use at most once a minute, so a busy script does not write on every request.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.AccessTokens.IgnoreQueryFilters([TandemDb.TenantFilter])
                .Where(t => t.OrganizationId == token.OrganizationId && t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.Value.ToString()), new Claim(TokenScopes.ClaimType, token.Scope.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
