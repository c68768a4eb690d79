using System.Threading.RateLimiting;

namespace Tandem.Security;

/// <summary>
/// Sign-in attempts per email attempted, from any number of client addresses, beside the per-address limit of the
/// <see cref="RateLimits.SignIn"/> policy: both apply. The email is in the request's body, which the rate-limiting
/// middleware does not read, so the sign-in service asks this limiter once it has the email. It limits every email
/// alike, known or not, so its answer says nothing about which emails have accounts. Per instance, like the other.
/// </summary>
public sealed class SignInEmailLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInEmailLimiter(IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:SignInPerEmailPerMinute", 5);
        _limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Takes one attempt for the (normalised) email; false when its minute's attempts are used up.</summary>
    public bool TryAttempt(string normalizedEmail)
    {
        // A key is at most an email's length: a megabyte of "email" must not become a megabyte of key.
        using var lease = _limiter.AttemptAcquire(normalizedEmail.Length > 256 ? normalizedEmail[..256] : normalizedEmail);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
