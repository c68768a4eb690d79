using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>A personal access token as its owner sees it later (never the token itself).</summary>
public sealed record AccessTokenInfo(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt);

/// <summary>A newly created token: <see cref="Token"/> is shown this once.</summary>
public sealed record CreatedAccessToken(AccessTokenInfo Info, string Token);

/// <summary>A name for the token and, optionally, after how many days it stops working.</summary>
public sealed record CreateAccessTokenRequest(string Name, int? ExpiresInDays);

/// <summary>Personal access tokens: a person creates, lists and revokes their own.</summary>
public sealed class AccessTokens(TandemDb db, CurrentUser current, AuditLog audit, TimeProvider time)
{
    public const int MaxActivePerPerson = 20;
    public const int MaxLifetimeDays = 366;

    public Task<List<AccessTokenInfo>> ListAsync(CancellationToken ct) =>
        db.AccessTokens.AsNoTracking()
            .Where(t => t.PersonId == current.PersonId && t.RevokedAt == null)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new AccessTokenInfo(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt))
            .ToListAsync(ct);

    public async Task<Outcome<CreatedAccessToken>> CreateAsync(CreateAccessTokenRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(request.Name), request.Name, "Name", 100);
        if (request.ExpiresInDays is < 1 or > MaxLifetimeDays)
            errors.Add(nameof(request.ExpiresInDays), $"Choose between 1 and {MaxLifetimeDays} days, or leave empty for no expiry.");
        if (await db.AccessTokens.CountAsync(t => t.PersonId == current.PersonId && t.RevokedAt == null, ct) >= MaxActivePerPerson)
            errors.Add(nameof(request.Name), $"You have {MaxActivePerPerson} tokens. Revoke one you no longer use first.");
        if (errors.Any) return errors.ToFailure();

        var now = time.GetUtcNow();
        var secret = AccessTokenHandler.Prefix + Invitations.Base64UrlToken();
        var token = new PersonalAccessToken
        {
            Id = Ids.New(time),
            PersonId = current.PersonId,
            Name = request.Name.Trim(),
            TokenHash = AccessTokenHandler.Hash(secret),
            Hint = secret[..10],
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.AccessTokens.Add(token);
        audit.Add(AuditActions.TokenCreated, current.PersonId, token.Name);
        await db.SaveChangesAsync(ct);
        return new CreatedAccessToken(new AccessTokenInfo(token.Id, token.Name, token.Hint, now, token.ExpiresAt, null), secret);
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
