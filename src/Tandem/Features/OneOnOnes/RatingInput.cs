namespace Tandem.Features.OneOnOnes;

/// <summary>Was this meeting useful, 1 (not at all) to 5 (very)? Private: only aggregates are ever shown.</summary>
public sealed record RatingInput(int Score);
