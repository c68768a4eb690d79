using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;

namespace Tandem.Features.Accounts;

/// <summary>
/// Failed sign-ins of an email that has accounts in several organisations, made without naming one. No account was
/// authenticated, and each belongs to an organisation the others must not touch, so the failures are counted here,
/// against the email, outside every organisation. Without this count, whoever owns one of the accounts could guess
/// another's password without ever locking anything. Like an account's lockout, it is not in the tenant filter.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>As Identity normalises it (upper case).</summary>
    public required string NormalizedEmail { get; set; }
    public int FailedCount { get; set; }
    public DateTimeOffset LastFailedAt { get; set; }
    /// <summary>Until then, an attempt that names no organisation fails whatever the password.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
}

/// <summary>Counts and locks <see cref="SignInThrottle"/>s with the same numbers as an account's lockout.</summary>
public sealed class SignInThrottles(TandemDb db, TimeProvider time, IOptions<IdentityOptions> identity)
{
    private int MaxFailures => identity.Value.Lockout.MaxFailedAccessAttempts;
    private TimeSpan LockoutSpan => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public Task<bool> IsLockedAsync(string normalizedEmail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return db.SignInThrottles.AnyAsync(t => t.NormalizedEmail == normalizedEmail && t.LockedUntil > now, ct);
    }

    public async Task FailAsync(string normalizedEmail, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Failures further apart than a lockout's length start the count again, as people mistype now and then.
        var stale = now - LockoutSpan;
        var counted = await db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.FailedCount, t => t.LastFailedAt < stale ? 1 : t.FailedCount + 1)
                .SetProperty(t => t.LastFailedAt, now), ct);
        if (counted == 0 && !await TryInsertAsync(normalizedEmail, now, ct))
        {
            // Another instance inserted it a moment earlier.
            await db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.FailedCount, t => t.FailedCount + 1).SetProperty(t => t.LastFailedAt, now), ct);
        }
        await db.SignInThrottles.Where(t => t.NormalizedEmail == normalizedEmail && t.FailedCount >= MaxFailures)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LockedUntil, now + LockoutSpan).SetProperty(t => t.FailedCount, 0), ct);
    }

    private async Task<bool> TryInsertAsync(string normalizedEmail, DateTimeOffset now, CancellationToken ct)
    {
        var row = db.SignInThrottles.Add(new SignInThrottle { NormalizedEmail = normalizedEmail, FailedCount = 1, LastFailedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}
