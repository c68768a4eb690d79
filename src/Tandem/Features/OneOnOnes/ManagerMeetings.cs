using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Development;

namespace Tandem.Features.OneOnOnes;

/// <summary>Held 1:1s of a person with their manager, for Development's stale-plan check.</summary>
public sealed class ManagerMeetings(TandemDb db) : IManagerMeetings
{
    public Task<DateTimeOffset?> NthLastHeldAsync(Guid personId, int nth, CancellationToken ct)
    {
        var series = db.OneOnOneSeries.Where(s => s.PartnerId == personId && s.Kind == PairKind.Reporting).Select(s => s.Id);
        return db.Meetings.Where(m => series.Contains(m.SeriesId) && m.Status == MeetingStatus.Held)
            .OrderByDescending(m => m.StartsAt).Skip(nth - 1).Select(m => (DateTimeOffset?)m.StartsAt).FirstOrDefaultAsync(ct);
    }
}
