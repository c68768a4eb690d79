namespace Tandem.Features.OneOnOnes;

/// <summary>A planned 1:1 of the signed-in person's, with whom: one side of an overlap.</summary>
public sealed record PlannedMeeting(Guid Id, DateTimeOffset StartsAt, int DurationMinutes, string With)
{
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}
