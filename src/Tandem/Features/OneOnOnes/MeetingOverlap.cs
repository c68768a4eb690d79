namespace Tandem.Features.OneOnOnes;

/// <summary>Two of a person's planned 1:1s whose times overlap: the earlier one first.</summary>
public sealed record MeetingOverlap(PlannedMeeting First, PlannedMeeting Second)
{
    /// <summary>
    /// Every overlapping pair of meetings ordered by start, in one sweep: each meeting is compared with the one that ends
    /// last among those before it (a meeting that merely touches the next, 10:00–10:30 then 10:30, does not overlap).
    /// </summary>
    public static List<MeetingOverlap> Find(IReadOnlyList<PlannedMeeting> byStart)
    {
        var found = new List<MeetingOverlap>();
        PlannedMeeting? latest = null;
        foreach (var meeting in byStart)
        {
            if (latest is not null && meeting.StartsAt < latest.EndsAt) found.Add(new MeetingOverlap(latest, meeting));
            if (latest is null || meeting.EndsAt > latest.EndsAt) latest = meeting;
        }
        return found;
    }
}
