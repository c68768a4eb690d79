namespace Tandem.Features.OneOnOnes;

/// <summary>A meeting in a list.</summary>
public sealed record MeetingRef(Guid Id, DateTimeOffset StartsAt, int DurationMinutes, MeetingStatus Status);
