using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>
/// The quieter ways private things could leak or numbers be bent: ratings only as an average over enough
/// people, no trace of private topics in versions or positions, each person's own follow-through, feeds of
/// people who left, and numbers a colleague can't feed.
/// </summary>
public abstract class OneOnOnePrivacyTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Ratings_PublishedPerClosedQuarter_OverTheThreshold_EachRaterOnce_NoCountThatMoves()
    {
        var org = await NewOrgAsync();
        await org.AddPersonAsync("third", "Tia Third", "manager");
        await RateHeldMeetingAsync(org, "employee", 5);
        await RateHeldMeetingAsync(org, "employee", 5, again: true);
        await RateHeldMeetingAsync(org, "peer", 2);
        await RateHeldMeetingAsync(org, "third", 2);
        var manager = await org.ApiAsync("manager");

        // Made this quarter: nothing is published yet, however many rated.
        var open = (await JsonAsync(await manager.GetAsync($"/api/v1/people/{org["manager"]}/one-on-ones"), HttpStatusCode.OK)).GetProperty("ratings");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, open.GetProperty("average").ValueKind);
        Assert.False(open.TryGetProperty("raters", out _));

        await MoveRatingsToLastQuarterAsync(org);
        var closed = (await JsonAsync(await manager.GetAsync($"/api/v1/people/{org["manager"]}/one-on-ones"), HttpStatusCode.OK)).GetProperty("ratings");
        Assert.Equal(3.0, closed.GetProperty("average").GetDouble()); // (5 + 2 + 2) / 3: Emma's two ratings count once
        Assert.False(closed.TryGetProperty("raters", out _));

        // A new rating lands in the open quarter: the published figure does not move, so it can't be read off by difference.
        await RateHeldMeetingAsync(org, "peer", 5, again: true);
        var after = (await JsonAsync(await manager.GetAsync($"/api/v1/people/{org["manager"]}/one-on-ones"), HttpStatusCode.OK)).GetProperty("ratings");
        Assert.Equal(closed.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Ratings_LastQuarterBelowTheThreshold_NothingShown()
    {
        var org = await NewOrgAsync();
        await RateHeldMeetingAsync(org, "employee", 5);
        await RateHeldMeetingAsync(org, "peer", 2);
        await MoveRatingsToLastQuarterAsync(org);

        var ratings = (await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/people/{org["manager"]}/one-on-ones"), HttpStatusCode.OK))
            .GetProperty("ratings");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ratings.GetProperty("average").ValueKind);
    }

    [Fact]
    public async Task Hold_CarryingOnlyTheOtherPersonsPrivateTopics_LeavesTheNextAgendaVersionAlone()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var employee = await org.ApiAsync("employee");
        var manager = await org.ApiAsync("manager");
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Thinking of leaving", isPrivate: true);
        await OneOnOneTestData.MoveToSoonAsync(manager, meeting);
        var nextId = await org.DbAsync(db => db.Meetings.Where(m => m.SeriesId == series.Id() && m.Id != meeting).OrderBy(m => m.StartsAt)
            .Select(m => m.Id).FirstAsync());
        var before = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{nextId}"), HttpStatusCode.OK);

        var held = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.OK);

        Assert.Equal(nextId, held.GetProperty("next").GetProperty("id").GetGuid());
        var after = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{nextId}"), HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("agendaVersion").GetInt64(), after.GetProperty("agendaVersion").GetInt64());
        // The topic did carry over, for its author alone.
        var mine = await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{nextId}"), HttpStatusCode.OK);
        Assert.Equal("Thinking of leaving", Assert.Single(mine.Topics()).GetProperty("text").GetString());
    }

    private static Task MoveRatingsToLastQuarterAsync(TestOrg org)
    {
        var (from, _, _) = Features.OneOnOnes.OneOnOneInsights.LastClosedQuarter(DateTimeOffset.UtcNow);
        return org.DbAsync(db => db.MeetingRatings.ExecuteUpdateAsync(s => s.SetProperty(r => r.At, from.AddDays(10))));
    }

    [Fact]
    public async Task PrivateTopic_LeavesNoTraceInTheOtherSidesVersionOrPositions()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var employee = await org.ApiAsync("employee");
        var manager = await org.ApiAsync("manager");
        await OneOnOneTestData.AddTopicAsync(manager, meeting, "Roadmap");
        var before = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);

        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Thinking of leaving", isPrivate: true);
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Hiring plan");

        var after = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("agendaVersion").GetInt64() + 1, after.GetProperty("agendaVersion").GetInt64());
        Assert.Equal([0, 1], after.Topics().Select(t => t.GetProperty("position").GetInt32()));
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{meeting}/topics", new { text = "x", section = "Secret section" }),
            HttpStatusCode.UnprocessableEntity, "Section");
    }

    [Fact]
    public async Task NextStep_OnlyItsOwnerMarksItDone()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var manager = await org.ApiAsync("manager");
        var added = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{meeting}/commitments", new { text = "Send the course link", ownerId = org["employee"] }),
            HttpStatusCode.OK);
        var step = added.GetProperty("commitments")[0].GetProperty("id").GetGuid();

        await ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/commitments/{step}", new { done = true }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await (await org.ApiAsync("employee")).PutAsJsonAsync($"/api/v1/commitments/{step}", new { done = true })).StatusCode);
    }

    [Fact]
    public async Task Hold_Twice_SecondIsAConflict_TopicsCarriedOnce()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var employee = await org.ApiAsync("employee");
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Open question");
        await OneOnOneTestData.MoveToSoonAsync(employee, meeting);

        var first = await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.OK);
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.Conflict);
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/meetings/{meeting}/cancel", new { reason = "Oops" }), HttpStatusCode.Conflict);

        var next = await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{first.GetProperty("next").GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal(1, Assert.Single(next.Topics()).GetProperty("timesCarried").GetInt32());
    }

    [Fact]
    public async Task CalendarFeed_OfSomeoneWhoLeft_NotFound()
    {
        var org = await NewOrgAsync();
        await org.CreateSeriesAsync("manager", "employee");
        var response = await (await org.ApiAsync("employee")).PostAsync("/api/v1/me/calendar-feed", null);
        var url = new Uri((await JsonAsync(response, HttpStatusCode.OK)).GetProperty("url").GetString()!).PathAndQuery;
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);

        await org.DbAsync(db => db.People.Where(p => p.Id == org["employee"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PersonStatus.Left)));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task SeriesWhereAColleagueMadeSomeoneLead_DoesNotCountInTheirNumbers()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("peer", "other", new
        {
            withPersonId = org["other"], cadence = "Weekly", weekday = "Monday", localTime = "09:00:00", durationMinutes = 30, iAmLead = false,
        });
        var peer = await org.ApiAsync("peer");
        await OneOnOneTestData.MoveToSoonAsync(peer, series.NextMeeting());
        await JsonAsync(await peer.PostAsJsonAsync($"/api/v1/meetings/{series.NextMeeting()}/cancel", new { reason = "Made up" }), HttpStatusCode.OK);

        Assert.Equal(org["other"], series.GetProperty("lead").GetProperty("id").GetGuid());
        var summary = await JsonAsync(await (await org.ApiAsync("other")).GetAsync($"/api/v1/people/{org["other"]}/one-on-ones"), HttpStatusCode.OK);
        Assert.Equal(0, summary.GetProperty("cadence").GetProperty("planned").GetInt32());
    }

    [Fact]
    public async Task CreateSeries_StartDateYearsAway_422()
    {
        var org = await NewOrgAsync();
        await ProblemAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync("/api/v1/one-on-ones", new
        {
            withPersonId = org["employee"], cadence = "Weekly", weekday = "Monday", localTime = "23:00:00", durationMinutes = 30,
            timeZone = "America/New_York", startDate = "9999-12-31",
        }), HttpStatusCode.UnprocessableEntity, "StartDate");
        Assert.Equal(0, await org.DbAsync(db => db.OneOnOneSeries.CountAsync()));
    }

    // Sets up (or reuses) the person's series with their manager, holds its next meeting and rates it.
    private static async Task RateHeldMeetingAsync(TestOrg org, string who, int score, bool again = false)
    {
        var client = await org.ApiAsync(who);
        var series = again
            ? (await JsonAsync(await client.GetAsync("/api/v1/one-on-ones"), HttpStatusCode.OK))[0]
            : await org.CreateSeriesAsync(who, "manager");
        var meeting = series.NextMeeting();
        await OneOnOneTestData.MoveToSoonAsync(client, meeting);
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.OK);
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/meetings/{meeting}/rating", new { score }), HttpStatusCode.OK);
    }
}

public sealed class OneOnOnePrivacyTests_Sqlite() : OneOnOnePrivacyTests(TandemApp.Sqlite);

public sealed class OneOnOnePrivacyTests_Postgres() : OneOnOnePrivacyTests(TandemApp.Postgres);
