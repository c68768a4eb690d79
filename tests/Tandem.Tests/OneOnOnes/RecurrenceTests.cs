using Tandem.Common;
using Tandem.Features.OneOnOnes;

namespace Tandem.Tests.OneOnOnes;

/// <summary>Series expansion and wall-clock handling across daylight-saving changes in two zones.</summary>
public sealed class RecurrenceTests
{
    private static readonly TimeZoneInfo Berlin = Zone("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = Zone("America/New_York");

    [Theory]
    // Berlin springs forward on Sunday 2026-03-29 (+01:00 → +02:00) and falls back on 2026-10-25.
    [InlineData("Europe/Berlin", "2026-03-20", "2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z")]
    [InlineData("Europe/Berlin", "2026-10-15", "2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z")]
    // New York springs forward on 2026-03-08 (-05:00 → -04:00) and falls back on 2026-11-01.
    [InlineData("America/New_York", "2026-02-27", "2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z")]
    [InlineData("America/New_York", "2026-10-22", "2026-10-26T13:00:00Z", "2026-11-02T14:00:00Z")]
    public void Next_WeeklyAcrossDstChange_KeepsLocalTimeWhileUtcShiftsByAnHour(string zoneId, string after, string beforeChange, string afterChange)
    {
        var rule = new RecurrenceRule(Cadence.Weekly, DayOfWeek.Monday, 0, new TimeOnly(9, 0), zoneId, new DateOnly(2026, 1, 1));
        var zone = Zone(zoneId);

        var next = Recurrence.Next(rule, Utc(after + "T00:00:00Z"), 2);

        Assert.Equal([Utc(beforeChange), Utc(afterChange)], next);
        Assert.All(next, instant => Assert.Equal(TimeSpan.Zero, instant.Offset));
        Assert.All(next, instant => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(TimeZones.InZone(instant, zone))));
        Assert.Equal(TimeSpan.FromHours(1), (next[1] - next[0] - TimeSpan.FromDays(7)).Duration());
    }

    [Fact]
    public void ToInstant_BerlinSpringForwardGap_MovesForwardByTheGap()
    {
        var instant = Recurrence.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(Utc("2026-03-29T01:30:00Z"), instant);
        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0, DateTimeKind.Unspecified), TimeZones.InZone(instant, Berlin));
    }

    [Fact]
    public void ToInstant_NewYorkSpringForwardGap_MovesForwardByTheGap()
    {
        var instant = Recurrence.ToInstant(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), NewYork);

        Assert.Equal(Utc("2026-03-08T07:30:00Z"), instant);
        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0, DateTimeKind.Unspecified), TimeZones.InZone(instant, NewYork));
    }

    [Fact]
    public void Next_WeeklyAt0230OnSpringForwardSunday_LandsAt0330Local()
    {
        var rule = new RecurrenceRule(Cadence.Weekly, DayOfWeek.Sunday, 0, new TimeOnly(2, 30), "Europe/Berlin", new DateOnly(2026, 3, 1));

        var next = Recurrence.Next(rule, Utc("2026-03-21T00:00:00Z"), 3);

        Assert.Equal([Utc("2026-03-22T01:30:00Z"), Utc("2026-03-29T01:30:00Z"), Utc("2026-04-05T00:30:00Z")], next);
        Assert.Equal([new TimeOnly(2, 30), new TimeOnly(3, 30), new TimeOnly(2, 30)], next.Select(i => TimeOnly.FromDateTime(TimeZones.InZone(i, Berlin))));
    }

    [Fact]
    public void ToInstant_BerlinAmbiguousFallBackTime_TakesTheEarlierDaylightInstant()
    {
        var instant = Recurrence.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        // 02:30 happens twice: first at +02:00 (00:30Z), then again at +01:00 (01:30Z).
        Assert.Equal(Utc("2026-10-25T00:30:00Z"), instant);
        Assert.True(Berlin.IsDaylightSavingTime(instant));
    }

    [Fact]
    public void ToInstant_NewYorkAmbiguousFallBackTime_TakesTheEarlierDaylightInstant()
    {
        // New York repeats 01:00–02:00, so 01:30 is the ambiguous reading there.
        var instant = Recurrence.ToInstant(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), NewYork);

        Assert.Equal(Utc("2026-11-01T05:30:00Z"), instant);
        Assert.True(NewYork.IsDaylightSavingTime(instant));
    }

    [Fact]
    public void ToInstant_OrdinaryTime_UsesTheZonesOffset()
    {
        Assert.Equal(Utc("2026-07-01T07:00:00Z"), Recurrence.ToInstant(new DateOnly(2026, 7, 1), new TimeOnly(9, 0), Berlin));
        Assert.Equal(Utc("2026-01-15T14:00:00Z"), Recurrence.ToInstant(new DateOnly(2026, 1, 15), new TimeOnly(9, 0), NewYork));
    }

    [Fact]
    public void Next_StrictlyAfter_ExcludesAnOccurrenceAtExactlyThatInstant()
    {
        var rule = new RecurrenceRule(Cadence.Weekly, DayOfWeek.Monday, 0, new TimeOnly(9, 0), "Europe/Berlin", new DateOnly(2026, 1, 1));

        var next = Recurrence.Next(rule, Utc("2026-07-06T07:00:00Z"), 1);

        Assert.Equal([Utc("2026-07-13T07:00:00Z")], next);
    }

    [Fact]
    public void Next_LateEveningInBerlin_FindsTheOccurrenceLaterThatLocalDay()
    {
        // 23:30 Berlin on Monday is still Monday 21:30Z; the search must not skip to the next local day.
        var rule = new RecurrenceRule(Cadence.Weekly, DayOfWeek.Monday, 0, new TimeOnly(23, 30), "Europe/Berlin", new DateOnly(2026, 1, 1));

        var next = Recurrence.Next(rule, Utc("2026-07-06T20:00:00Z"), 1);

        Assert.Equal([Utc("2026-07-06T21:30:00Z")], next);
    }

    [Fact]
    public void Next_UnknownZone_Throws()
    {
        var rule = new RecurrenceRule(Cadence.Weekly, DayOfWeek.Monday, 0, new TimeOnly(9, 0), "Mars/Olympus", new DateOnly(2026, 1, 1));

        Assert.Throws<ArgumentException>(() => Recurrence.Next(rule, Utc("2026-07-06T00:00:00Z"), 1));
    }

    [Fact]
    public void Dates_Weekly_StartsOnFirstMatchingWeekdayOnOrAfterStartDate()
    {
        // 2026-01-07 is a Wednesday; the first Monday on or after it is the 12th.
        var rule = Rule(Cadence.Weekly, DayOfWeek.Monday, 0, new DateOnly(2026, 1, 7));

        Assert.Equal([D(2026, 1, 12), D(2026, 1, 19), D(2026, 1, 26)], Recurrence.Dates(rule, D(2025, 12, 1)).Take(3));
        Assert.Equal([D(2026, 1, 19), D(2026, 1, 26)], Recurrence.Dates(rule, D(2026, 1, 13)).Take(2));
        Assert.Equal([D(2026, 1, 19)], Recurrence.Dates(rule, D(2026, 1, 19)).Take(1));
    }

    [Fact]
    public void Dates_Biweekly_StaysOnTheAnchorWeeksWhateverTheFromDate()
    {
        // Anchored on Monday 2026-01-12: the series is the 12th, 26th, 9 Feb, 23 Feb… never the 19th or 2 Feb.
        var rule = Rule(Cadence.Biweekly, DayOfWeek.Monday, 0, new DateOnly(2026, 1, 7));
        var anchor = D(2026, 1, 12);

        Assert.Equal([D(2026, 1, 12), D(2026, 1, 26), D(2026, 2, 9)], Recurrence.Dates(rule, D(2026, 1, 1)).Take(3));
        Assert.Equal([D(2026, 1, 26), D(2026, 2, 9)], Recurrence.Dates(rule, D(2026, 1, 13)).Take(2));
        Assert.Equal([D(2026, 1, 26)], Recurrence.Dates(rule, D(2026, 1, 19)).Take(1));
        for (var from = D(2026, 1, 1); from < D(2026, 6, 1); from = from.AddDays(1))
        {
            var first = Recurrence.Dates(rule, from).First();
            Assert.True(first >= from && first.DayNumber - from.DayNumber < 14, $"{from}: {first}");
            Assert.Equal(0, (first.DayNumber - anchor.DayNumber) % 14);
        }
    }

    [Fact]
    public void Dates_MonthlyFirstMonday_CrossesYearEnd()
    {
        var rule = Rule(Cadence.Monthly, DayOfWeek.Monday, 1, new DateOnly(2026, 11, 1));

        Assert.Equal([D(2026, 11, 2), D(2026, 12, 7), D(2027, 1, 4), D(2027, 2, 1)], Recurrence.Dates(rule, D(2026, 1, 1)).Take(4));
    }

    [Fact]
    public void Dates_MonthlyLastFriday_CrossesYearEnd()
    {
        var rule = Rule(Cadence.Monthly, DayOfWeek.Friday, -1, new DateOnly(2026, 11, 1));

        Assert.Equal([D(2026, 11, 27), D(2026, 12, 25), D(2027, 1, 29), D(2027, 2, 26)], Recurrence.Dates(rule, D(2026, 11, 1)).Take(4));
    }

    [Fact]
    public void Dates_MonthlyLastVsFourthFriday_DifferOnlyInAMonthWithFiveFridays()
    {
        // January 2027 has five Fridays (1, 8, 15, 22, 29); February 2027 has four (5, 12, 19, 26).
        var last = Rule(Cadence.Monthly, DayOfWeek.Friday, -1, new DateOnly(2027, 1, 1));
        var fourth = Rule(Cadence.Monthly, DayOfWeek.Friday, 4, new DateOnly(2027, 1, 1));

        Assert.Equal([D(2027, 1, 29), D(2027, 2, 26)], Recurrence.Dates(last, D(2027, 1, 1)).Take(2));
        Assert.Equal([D(2027, 1, 22), D(2027, 2, 26)], Recurrence.Dates(fourth, D(2027, 1, 1)).Take(2));
    }

    [Fact]
    public void Dates_MonthlyWhenStartMonthsDateHasPassed_BeginsNextMonth()
    {
        // The first Monday of March 2026 is the 2nd, before the start date.
        var rule = Rule(Cadence.Monthly, DayOfWeek.Monday, 1, new DateOnly(2026, 3, 10));

        Assert.Equal([D(2026, 4, 6), D(2026, 5, 4)], Recurrence.Dates(rule, D(2026, 1, 1)).Take(2));
        Assert.Equal([D(2026, 5, 4)], Recurrence.Dates(rule, D(2026, 4, 7)).Take(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-2)]
    public void Dates_MonthlyWithWeekOfMonthOutOfRange_ThrowsEagerly(int weekOfMonth)
    {
        var rule = Rule(Cadence.Monthly, DayOfWeek.Monday, weekOfMonth, new DateOnly(2026, 1, 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Dates(rule, D(2026, 1, 1)));
    }

    [Fact]
    public void Dates_WeeklyWithWeekOfMonthOutOfRange_IgnoresIt()
    {
        var rule = Rule(Cadence.Weekly, DayOfWeek.Monday, 9, new DateOnly(2026, 1, 5));

        Assert.Equal(D(2026, 1, 5), Recurrence.Dates(rule, D(2026, 1, 1)).First());
    }

    [Fact]
    public void InZone_ManagerInBerlinAndReportInNewYork_SeeTheSameInstantAtDifferentLocalTimes()
    {
        var summer = Utc("2026-06-15T13:00:00Z");
        // Between the US change (8 March) and the EU one (29 March) the gap is five hours, not six.
        var shoulder = Utc("2026-03-16T13:00:00Z");

        Assert.Equal(new DateTime(2026, 6, 15, 15, 0, 0, DateTimeKind.Unspecified), TimeZones.InZone(summer, Berlin));
        Assert.Equal(new DateTime(2026, 6, 15, 9, 0, 0, DateTimeKind.Unspecified), TimeZones.InZone(summer, NewYork));
        Assert.Equal(new DateTime(2026, 3, 16, 14, 0, 0, DateTimeKind.Unspecified), TimeZones.InZone(shoulder, Berlin));
        Assert.Equal(new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Unspecified), TimeZones.InZone(shoulder, NewYork));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData(" Europe/Berlin")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/localtime")]
    public void TryFindZone_UnknownOrEmpty_ReturnsFalseWithoutThrowing(string? id)
    {
        Assert.False(TimeZones.TryFind(id, out _));
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    public void TryFindZone_IanaId_ReturnsTheZone(string id)
    {
        Assert.True(TimeZones.TryFind(id, out var zone));
        Assert.Equal(id, zone.Id);
    }

    private static RecurrenceRule Rule(Cadence cadence, DayOfWeek weekday, int weekOfMonth, DateOnly start) =>
        new(cadence, weekday, weekOfMonth, new TimeOnly(9, 0), "Europe/Berlin", start);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    private static TimeZoneInfo Zone(string id) =>
        TimeZones.TryFind(id, out var zone) ? zone : throw new InvalidOperationException($"Time zone {id} is missing; install tzdata.");
}
