namespace Tandem.Features.Notifications;

/// <summary>When an email may go, on its recipient's clock: after their quiet hours, and digests at eight in the morning.</summary>
public static class NoticeClock
{
    /// <summary>The local time digests go: the start of a working day.</summary>
    public static readonly TimeOnly DigestTime = new(8, 0);

    /// <summary>The day of the week the weekly digest goes.</summary>
    public const DayOfWeek WeeklyDigestDay = DayOfWeek.Monday;

    /// <summary>
    /// <paramref name="at"/>, or the end of the quiet hours it falls in (the first <paramref name="until"/> after it).
    /// Quiet hours run from <paramref name="from"/> up to <paramref name="until"/>, over midnight when until is earlier.
    /// </summary>
    public static DateTimeOffset AfterQuietHours(DateTimeOffset at, TimeOnly from, TimeOnly until, TimeZoneInfo zone)
    {
        var local = TimeZones.InZone(at, zone);
        var time = TimeOnly.FromDateTime(local);
        var quiet = from < until ? time >= from && time < until : time >= from || time < until;
        if (!quiet) return at;
        var day = DateOnly.FromDateTime(local);
        return TimeZones.ToInstant(time < until ? day : day.AddDays(1), until, zone);
    }

    /// <summary>The next digest after <paramref name="now"/>: tomorrow (or today, before eight) for a daily one, next Monday for a weekly one.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset now, NoticeDelivery digest, TimeZoneInfo zone)
    {
        var local = TimeZones.InZone(now, zone);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= DigestTime) day = day.AddDays(1);
        if (digest == NoticeDelivery.WeeklyDigest)
        {
            while (day.DayOfWeek != WeeklyDigestDay) day = day.AddDays(1);
        }
        return TimeZones.ToInstant(day, DigestTime, zone);
    }
}
