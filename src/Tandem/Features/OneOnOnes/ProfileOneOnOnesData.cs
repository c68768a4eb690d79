namespace Tandem.Features.OneOnOnes;

/// <summary>What a person's profile shows about 1:1s: the viewer's own series with them, and their numbers as a lead.</summary>
public sealed record ProfileOneOnOnesData(SeriesInfo? Shared, CadenceAdherence? Cadence, RatingSummary? Ratings);
