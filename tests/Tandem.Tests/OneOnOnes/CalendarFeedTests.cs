using System.Net;
using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>The secret iCalendar feed: valid RFC 5545, only times and names, and a wrong or replaced token is a 404.</summary>
public abstract class CalendarFeedTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Feed_ParsesAsICalendar_WithEachUpcomingMeeting_AndNoAgendaText()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var employee = await org.ApiAsync("employee");
        await OneOnOneTestData.AddTopicAsync(employee, series.NextMeeting(), "Confidential salary question");
        var url = await FeedUrlAsync(employee);

        using var anonymous = App.CreateClient();
        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var events = ICalendarParser.Events(ics);
        Assert.True(events.Count >= 2, ics);
        Assert.All(events, e => Assert.Equal("1:1 with Max Manager", e["SUMMARY"]));
        Assert.Contains(events, e => e["UID"] == $"{series.NextMeeting()}@tandem");
        Assert.DoesNotContain("salary", ics, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Feed_WrongOrRegeneratedToken_NotFound()
    {
        var org = await NewOrgAsync();
        await org.CreateSeriesAsync("manager", "employee");
        var employee = await org.ApiAsync("employee");
        var old = await FeedUrlAsync(employee);
        var fresh = await FeedUrlAsync(employee);
        using var anonymous = App.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/not-a-real-token-at-all-0000000000.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(fresh.Replace(".ics", "x.ics", StringComparison.Ordinal))).StatusCode);
    }

    private static async Task<string> FeedUrlAsync(HttpClient client)
    {
        var response = await client.PostAsync("/api/v1/me/calendar-feed", null);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new Uri(json.GetProperty("url").GetString()!).PathAndQuery;
    }
}

public sealed class CalendarFeedTests_Sqlite() : CalendarFeedTests(TandemApp.Sqlite);

public sealed class CalendarFeedTests_Postgres() : CalendarFeedTests(TandemApp.Postgres);
