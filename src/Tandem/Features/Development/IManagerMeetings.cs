namespace Tandem.Features.Development;

/// <summary>
/// The 1:1s a plan is measured against: a plan is stale when no open action moved since the third most recent held
/// 1:1 with the person's manager. 1:1s answer it; Development knows nothing else of them.
/// </summary>
public interface IManagerMeetings
{
    /// <summary>When the <paramref name="nth"/> most recent held 1:1 of the person with their manager started, or null.</summary>
    Task<DateTimeOffset?> NthLastHeldAsync(Guid personId, int nth, CancellationToken ct);
}
