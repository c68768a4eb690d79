using Tandem.Features.Notifications;

namespace Tandem.Tests.Notifications;

/// <summary>When an email may go, on its recipient's clock: worked examples, daylight saving included.</summary>
public sealed class NoticeClockTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeOnly Eight = new(8, 0), Twenty = new(20, 0), Nine = new(9, 0), Five = new(17, 0);

    [Theory]
    // Overnight quiet hours 20:00–08:00 in Berlin (UTC+1 in winter): 22:00 local waits for 08:00 the next day.
    [InlineData("2026-12-08T21:00:00Z", "2026-12-09T07:00:00Z")]
    // 06:00 local, still quiet: 08:00 the same day.
    [InlineData("2026-12-09T05:00:00Z", "2026-12-09T07:00:00Z")]
    // 12:00 local is not quiet; nor is 08:00 itself, where they end.
    [InlineData("2026-12-09T11:00:00Z", "2026-12-09T11:00:00Z")]
    [InlineData("2026-12-09T07:00:00Z", "2026-12-09T07:00:00Z")]
    // 20:00 itself is quiet.
    [InlineData("2026-12-09T19:00:00Z", "2026-12-10T07:00:00Z")]
    // The night the clocks go forward (29 March 2026): 23:00 CET waits for 08:00 CEST, UTC+2.
    [InlineData("2026-03-28T22:00:00Z", "2026-03-29T06:00:00Z")]
    public void OvernightQuietHours_HoldUntilTheyEnd(string at, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), NoticeClock.AfterQuietHours(DateTimeOffset.Parse(at), Twenty, Eight, Berlin));

    [Theory]
    // Daytime quiet hours 09:00–17:00 (focus time): 10:00 local waits for 17:00; 18:00 goes.
    [InlineData("2026-12-09T09:00:00Z", "2026-12-09T16:00:00Z")]
    [InlineData("2026-12-09T17:00:00Z", "2026-12-09T17:00:00Z")]
    [InlineData("2026-12-09T07:59:00Z", "2026-12-09T07:59:00Z")]
    public void DaytimeQuietHours_HoldUntilTheyEnd(string at, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), NoticeClock.AfterQuietHours(DateTimeOffset.Parse(at), Nine, Five, Berlin));

    [Theory]
    // Tuesday 10:00 local → Wednesday 08:00; Tuesday 07:00 local → Tuesday 08:00.
    [InlineData("2026-12-08T09:00:00Z", NoticeDelivery.DailyDigest, "2026-12-09T07:00:00Z")]
    [InlineData("2026-12-08T06:00:00Z", NoticeDelivery.DailyDigest, "2026-12-08T07:00:00Z")]
    // Weekly: the next Monday at 08:00 (8 December 2026 is a Tuesday); a Monday before eight goes that morning.
    [InlineData("2026-12-08T09:00:00Z", NoticeDelivery.WeeklyDigest, "2026-12-14T07:00:00Z")]
    [InlineData("2026-12-14T06:59:00Z", NoticeDelivery.WeeklyDigest, "2026-12-14T07:00:00Z")]
    [InlineData("2026-12-14T07:00:00Z", NoticeDelivery.WeeklyDigest, "2026-12-21T07:00:00Z")]
    public void Digests_GoAtEight_OnTheNextDayOrMonday(string now, NoticeDelivery digest, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), NoticeClock.NextDigest(DateTimeOffset.Parse(now), digest, Berlin));
}
