using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// Personal access tokens: a person creates, lists and revokes their own, on the account page (cookie only), and
/// creating one takes their password again: a borrowed session, a leaked token or a long-lived bearer token can't
/// mint one. Every token expires within a year and has a scope.
/// </summary>
public sealed class AccessTokens(TandemDb db, CurrentUser current, SignInService signIn, AuditService audit, TimeProvider time)
{
    public const int MaxActivePerPerson = 20;
    public const int MaxLifetimeDays = 365;

    public Task<List<AccessTokenInfo>> ListAsync(CancellationToken ct) =>
        db.AccessTokens.AsNoTracking()
            .Where(t => t.PersonId == current.PersonId && t.RevokedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new AccessTokenInfo(t.Id, t.Name, t.Hint, t.Scope, t.CreatedAt, t.ExpiresAt, t.LastUsedAt))
            .ToListAsync(ct);

    public async Task<Outcome<CreatedAccessToken>> CreateAsync(CreateAccessTokenRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(request.Name), request.Name, "Name", 100);
        if (request.ExpiresInDays is not (>= 1 and <= MaxLifetimeDays))
            errors.Add(nameof(request.ExpiresInDays), $"Choose between 1 and {MaxLifetimeDays} days: every token expires.");
        if (!Enum.IsDefined(request.Scope))
            errors.Add(nameof(request.Scope), "Choose what the token may do: read, write or admin.");
        // Else a token made before a role was granted would gain the role's rights with it.
        else if (request.Scope == AccessTokenScope.Admin && !current.IsHrAdmin && !current.IsOrgAdmin)
            errors.Add(nameof(request.Scope), "Only HR and org admins can create admin tokens.");
        if (await db.AccessTokens.CountAsync(t => t.PersonId == current.PersonId && t.RevokedAt == null, ct) >= MaxActivePerPerson)
            errors.Add(nameof(request.Name), $"You have {MaxActivePerPerson} tokens. Revoke one you no longer use first.");
        if (errors.Any) return errors.ToFailure();
        var confirmed = await signIn.ReauthenticateAsync(request.CurrentPassword ?? "", nameof(request.CurrentPassword));
        if (!confirmed.Succeeded) return new Failure(confirmed.Kind, confirmed.Errors, confirmed.Detail);

        var now = time.GetUtcNow();
        var secret = AccessTokenHandler.Prefix + InvitationService.Base64UrlToken();
        var token = new PersonalAccessToken
        {
            Id = Ids.New(time),
            PersonId = current.PersonId,
            Name = request.Name.Trim(),
            TokenHash = AccessTokenHandler.Hash(secret),
            Hint = secret[..10],
            Scope = request.Scope,
            CreatedAt = now,
            ExpiresAt = now.AddDays(request.ExpiresInDays!.Value),
        };
        db.AccessTokens.Add(token);
        audit.Add(AuditActions.TokenCreated, current.PersonId, $"{token.Name} ({token.Scope}, until {token.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        await db.SaveChangesAsync(ct);
        return new CreatedAccessToken(new AccessTokenInfo(token.Id, token.Name, token.Hint, token.Scope, now, token.ExpiresAt, null), secret);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken ct)
    {
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.PersonId == current.PersonId && t.RevokedAt == null, ct);
        if (token is null) return false;
        token.RevokedAt = time.GetUtcNow();
        audit.Add(AuditActions.TokenRevoked, current.PersonId, token.Name);
        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>A personal access token as its owner sees it later (never the token itself).</summary>
public sealed record AccessTokenInfo(Guid Id, string Name, string Hint, AccessTokenScope Scope, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt);

/// <summary>A newly created token: <see cref="Token"/> is shown this once.</summary>
public sealed record CreatedAccessToken(AccessTokenInfo Info, string Token);

/// <summary>A name for the token, after how many days it stops working, what it may do, and the person's password.</summary>
public sealed record CreateAccessTokenRequest(string Name, int? ExpiresInDays, AccessTokenScope Scope, string CurrentPassword);
