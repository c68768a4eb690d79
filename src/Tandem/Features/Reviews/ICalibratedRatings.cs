namespace Tandem.Features.Reviews;

/// <summary>The rating calibration settled on for a person in a cycle, for their results; none where they were not calibrated.</summary>
public interface ICalibratedRatings
{
    Task<int?> FinalRatingAsync(Guid participantId, CancellationToken ct);
}
