using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Reviews;

namespace Tandem.Features.Calibration;

/// <summary>What Reviews asks of calibration: a participant's final rating (readers of the results decide who sees it).</summary>
public sealed class CalibratedRatings(TandemDb db) : ICalibratedRatings
{
    public Task<int?> FinalRatingAsync(Guid participantId, CancellationToken ct) =>
        db.CalibrationEntries.AsNoTracking().Where(e => e.ParticipantId == participantId).Select(e => e.Rating).FirstOrDefaultAsync(ct);
}
