namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Planned 1:1s of one person's that overlap: each starts before an earlier one of them has ended. Ordered by start;
/// together they run from the first start to the last end.
/// </summary>
public sealed record MeetingClash(IReadOnlyList<PlannedMeeting> Meetings)
{
    public DateTimeOffset StartsAt => Meetings[0].StartsAt;

    public DateTimeOffset EndsAt => Meetings.Max(m => m.EndsAt);

    public bool Holds(Guid meetingId) => Meetings.Any(m => m.Id == meetingId);

    /// <summary>
    /// The clashes among meetings ordered by start, in one sweep: a meeting that starts before the current group has
    /// ended joins it; any other closes the group (kept when it holds two or more) and starts the next. A meeting that
    /// merely touches the next (10:00–10:30, then 10:30) does not clash with it.
    /// </summary>
    public static List<MeetingClash> Find(IReadOnlyList<PlannedMeeting> byStart)
    {
        var clashes = new List<MeetingClash>();
        var group = new List<PlannedMeeting>();
        var groupEnds = DateTimeOffset.MinValue;
        foreach (var meeting in byStart)
        {
            if (meeting.StartsAt >= groupEnds)
            {
                if (group.Count > 1) clashes.Add(new MeetingClash(group));
                group = [];
            }
            group.Add(meeting);
            if (meeting.EndsAt > groupEnds) groupEnds = meeting.EndsAt;
        }
        if (group.Count > 1) clashes.Add(new MeetingClash(group));
        return clashes;
    }
}
