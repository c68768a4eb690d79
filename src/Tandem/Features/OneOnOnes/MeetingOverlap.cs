namespace Tandem.Features.OneOnOnes;

/// <summary>Two of a person's planned 1:1s whose times overlap: the earlier one first.</summary>
public sealed record MeetingOverlap(PlannedMeeting First, PlannedMeeting Second)
{
    /// <summary>
    /// Every overlapping pair of meetings ordered by start, in one sweep: each meeting is paired with every earlier one
    /// still running when it starts (a meeting that merely touches the next, 10:00–10:30 then 10:30, does not overlap).
    /// </summary>
    public static List<MeetingOverlap> Find(IReadOnlyList<PlannedMeeting> byStart)
    {
        var found = new List<MeetingOverlap>();
        var running = new List<PlannedMeeting>();
        foreach (var meeting in byStart)
        {
            running.RemoveAll(earlier => earlier.EndsAt <= meeting.StartsAt);
            found.AddRange(running.Select(earlier => new MeetingOverlap(earlier, meeting)));
            running.Add(meeting);
        }
        return found;
    }
}
