using System.Threading.RateLimiting;

namespace Tandem.Security;

/// <summary>
/// How often one person may do something per hour (<c>RateLimits:{setting}</c>), per instance: a sliding hour of
/// five-minute segments, so a script or a stuck key is stopped and a person is not.
/// </summary>
public abstract class HourlyLimit : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter;

    protected HourlyLimit(IConfiguration configuration, string setting, int defaultPerHour)
    {
        PerHour = configuration.GetValue($"RateLimits:{setting}", defaultPerHour);
        _limiter = PartitionedRateLimiter.Create<Guid, Guid>(person =>
            RateLimitPartition.GetSlidingWindowLimiter(person, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = PerHour, Window = TimeSpan.FromHours(1), SegmentsPerWindow = 12, QueueLimit = 0,
            }));
    }

    public int PerHour { get; }

    /// <summary>Takes one of the person's permits; false when they have used up the hour's.</summary>
    public bool TryTake(Guid personId)
    {
        using var lease = _limiter.AttemptAcquire(personId);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
