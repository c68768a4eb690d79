using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>
/// Occurrences planned by the app on a fake clock: a weekly 09:00 in Berlin stays 09:00 local across the spring
/// change while its UTC instant moves an hour; a partner in New York sees their own local time; a monthly "last
/// Friday" lands on the last Friday of each month.
/// </summary>
public sealed class MeetingPlannerTimeTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 16, 6, 0, 0, TimeSpan.Zero));
    private readonly TandemApp _app;

    public MeetingPlannerTimeTests()
    {
        _app = TandemApp.StartSeparate([], services: s => s.AddSingleton<TimeProvider>(_time));
    }

    [Fact]
    public async Task Weekly_AcrossSpringForward_SameLocalTimeInBerlin_UtcMovesAnHour()
    {
        var org = await TestOrg.CreateAsync(_app);
        var series = await org.CreateSeriesAsync("manager", "employee", new
        {
            withPersonId = org["employee"], cadence = "Weekly", weekday = "Monday", localTime = "09:00:00", durationMinutes = 30, timeZone = "Europe/Berlin",
        });

        var starts = await StartsAsync(org, series);

        // The clock says Monday 16 March, 07:00 in Berlin: today's 09:00 is the first.
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero), starts[0]); // CET, UTC+1
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 8, 0, 0, TimeSpan.Zero), starts[1]);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), starts[2]); // CEST, UTC+2 after 29 March
        Assert.All(starts, s => Assert.Equal(new TimeSpan(9, 0, 0), TimeZoneInfo.ConvertTime(s, Berlin).TimeOfDay));
        // New York changed on 8 March, Berlin on 29 March: for those three weeks the gap is 5 hours, then 6.
        Assert.Equal(new TimeSpan(4, 0, 0), TimeZoneInfo.ConvertTime(starts[0], NewYork).TimeOfDay);
        Assert.Equal(new TimeSpan(3, 0, 0), TimeZoneInfo.ConvertTime(starts[2], NewYork).TimeOfDay);
    }

    [Fact]
    public async Task Monthly_LastFriday_InNewYork_AcrossAutumnChange()
    {
        _time.Advance(TimeSpan.FromDays(200)); // 2 October 2026
        var org = await TestOrg.CreateAsync(_app);
        var series = await org.CreateSeriesAsync("manager", "employee", new
        {
            withPersonId = org["employee"], cadence = "Monthly", weekday = "Friday", weekOfMonth = -1, localTime = "16:30:00", durationMinutes = 45,
            timeZone = "America/New_York",
        });

        var starts = await StartsAsync(org, series);

        var local = starts.Select(s => TimeZoneInfo.ConvertTime(s, NewYork)).ToList();
        Assert.Equal(new DateTime(2026, 10, 30, 16, 30, 0), local[0].DateTime);
        Assert.Equal(new DateTime(2026, 11, 27, 16, 30, 0), local[1].DateTime);
        Assert.Equal(TimeSpan.FromHours(-4), local[0].Offset);
        Assert.Equal(TimeSpan.FromHours(-5), local[1].Offset);
    }

    private static async Task<List<DateTimeOffset>> StartsAsync(TestOrg org, JsonElement series)
    {
        var response = await (await org.ApiAsync("manager")).GetAsync($"/api/v1/one-on-ones/{series.Id()}/meetings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var meetings = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. meetings.EnumerateArray().Select(m => m.GetProperty("startsAt").GetDateTimeOffset()).Order()];
    }

    public void Dispose() => _app.Dispose();
}
