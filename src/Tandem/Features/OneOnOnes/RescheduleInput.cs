namespace Tandem.Features.OneOnOnes;

/// <summary>Move a meeting to another time (your local time is not assumed: send an instant with its offset).</summary>
public sealed record RescheduleInput(DateTimeOffset StartsAt, string? Reason);
