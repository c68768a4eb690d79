using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.OneOnOnes;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>The life of a 1:1: planning ahead, carry-over, the wrap-up, the ledger, the two-way index, live changes.</summary>
public abstract class OneOnOneFlowTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task CreateSeries_PlansWeeklyOccurrencesAhead_LeadIsTheManager()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("employee", "manager");

        Assert.Equal(org["manager"], series.GetProperty("lead").GetProperty("id").GetGuid());
        Assert.Equal("Reporting", series.GetProperty("kind").GetString());
        var meetings = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync($"/api/v1/one-on-ones/{series.Id()}/meetings"), HttpStatusCode.OK);
        var starts = meetings.EnumerateArray().Select(m => m.GetProperty("startsAt").GetDateTimeOffset()).Order().ToList();
        Assert.InRange(starts.Count, 6, 7);
        Assert.All(starts.Zip(starts.Skip(1)), pair => Assert.InRange((pair.Second - pair.First).TotalDays, 6.9, 7.1));
        Assert.All(starts, s => Assert.Equal(DayOfWeek.Tuesday, TimeZoneInfo.ConvertTime(s, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DayOfWeek));
    }

    [Fact]
    public async Task End_ByBothAtOnce_EndsIt_TheLaterOneSeesAConflict_NeverAnError()
    {
        var org = await NewOrgAsync();
        var manager = await org.ApiAsync("manager");
        var employee = await org.ApiAsync("employee");
        var series = (await org.CreateSeriesAsync("manager", "employee")).Id();

        var answers = await Task.WhenAll(
            manager.PostAsync($"/api/v1/one-on-ones/{series}/end", null), employee.PostAsync($"/api/v1/one-on-ones/{series}/end", null));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{(int)a.StatusCode}"));
        var ended = await JsonAsync(await manager.GetAsync($"/api/v1/one-on-ones/{series}"), HttpStatusCode.OK);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, ended.GetProperty("endedAt").ValueKind);
    }

    [Fact]
    public async Task Hold_UndiscussedTopicsCarryOverToTheNextMeeting_DiscussedStay()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var employee = await org.ApiAsync("employee");
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Onboarding feedback");
        var added = await OneOnOneTestData.AddTopicAsync(employee, meeting, "Career path");
        var discussed = added.Topics().Single(t => t.GetProperty("text").GetString() == "Onboarding feedback").GetProperty("id").GetGuid();
        Assert.True((await employee.PutAsJsonAsync($"/api/v1/topics/{discussed}", new { discussed = true })).IsSuccessStatusCode);
        await OneOnOneTestData.MoveToSoonAsync(employee, meeting);

        var held = await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.OK);

        Assert.Equal("Held", held.GetProperty("status").GetString());
        Assert.Equal(["Onboarding feedback"], held.Topics().Select(t => t.GetProperty("text").GetString()));
        var next = held.GetProperty("next").GetProperty("id").GetGuid();
        var nextMeeting = await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{next}"), HttpStatusCode.OK);
        var carried = Assert.Single(nextMeeting.Topics());
        Assert.Equal("Career path", carried.GetProperty("text").GetString());
        Assert.Equal(1, carried.GetProperty("timesCarried").GetInt32());
    }

    [Fact]
    public async Task Cancel_RecordsWhoAndWhy_AllTopicsMove()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var manager = await org.ApiAsync("manager");
        await OneOnOneTestData.AddTopicAsync(manager, meeting, "Budget");

        var cancelled = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{meeting}/cancel", new { reason = "Travelling" }), HttpStatusCode.OK);

        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal("Travelling", cancelled.GetProperty("changeReason").GetString());
        Assert.Equal("Max Manager", cancelled.GetProperty("changedBy").GetString());
        Assert.Empty(cancelled.Topics());
        var next = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{cancelled.GetProperty("next").GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.Equal("Budget", Assert.Single(next.Topics()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task WrapUp_MakesNextStepsForBothSides_LedgerAndFollowThroughCountThem()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var manager = await org.ApiAsync("manager");
        var checkpoint = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));

        var saved = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/meetings/{meeting}/wrap-up", new
        {
            workOn = "Write the design doc for search", leadWill = "Book time with the architects", checkpoint, celebrate = "Demo at the team lunch",
        }), HttpStatusCode.OK);
        // Saving again updates the same next steps instead of adding more.
        await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/meetings/{meeting}/wrap-up", new
        {
            workOn = "Write the design doc for search v2", leadWill = "Book time with the architects", checkpoint,
        }), HttpStatusCode.OK);

        Assert.Equal("Demo at the team lunch", saved.GetProperty("wrapUp").GetProperty("celebrate").GetString());
        var ledger = await JsonAsync(await manager.GetAsync($"/api/v1/one-on-ones/{series.Id()}/commitments"), HttpStatusCode.OK);
        Assert.Equal(2, ledger.GetArrayLength());
        Assert.Contains(ledger.EnumerateArray(), c => c.GetProperty("text").GetString() == "Write the design doc for search v2"
            && c.GetProperty("owner").GetProperty("id").GetGuid() == org["employee"] && c.GetProperty("dueDate").GetString() == checkpoint.ToString("yyyy-MM-dd"));
        Assert.Contains(ledger.EnumerateArray(), c => c.GetProperty("owner").GetProperty("id").GetGuid() == org["manager"]);

        var step = ledger.EnumerateArray().Single(c => c.GetProperty("owner").GetProperty("id").GetGuid() == org["manager"]).GetProperty("id").GetGuid();
        Assert.True((await manager.PutAsJsonAsync($"/api/v1/commitments/{step}", new { done = true })).IsSuccessStatusCode);
        var metrics = await JsonAsync(await manager.GetAsync($"/api/v1/one-on-ones/{series.Id()}/metrics"), HttpStatusCode.OK);
        var mine = metrics.GetProperty("followThrough").EnumerateArray().Single(f => f.GetProperty("person").GetProperty("id").GetGuid() == org["manager"]);
        Assert.Equal(1, mine.GetProperty("doneOnTime").GetInt32());
        Assert.Equal(1.0, mine.GetProperty("rate").GetDouble());
    }

    [Fact]
    public async Task WrapUp_AnswerThatIsAlreadyANextStep_AddsNoSecondOne_OthersAreMarkedFromTheWrapUp()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var manager = await org.ApiAsync("manager");
        await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{meeting}/commitments", new
        {
            text = "Write the design doc for search", ownerId = org["employee"],
        }), HttpStatusCode.OK);

        await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/meetings/{meeting}/wrap-up", new
        {
            workOn = "write the design doc for search ", leadWill = "Book time with the architects",
        }), HttpStatusCode.OK);

        var ledger = (await JsonAsync(await manager.GetAsync($"/api/v1/one-on-ones/{series.Id()}/commitments"), HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["Book time with the architects", "Write the design doc for search"], ledger.Select(c => c.GetProperty("text").GetString()).Order());
        Assert.True(ledger.Single(c => c.GetProperty("text").GetString() == "Book time with the architects").GetProperty("fromWrapUp").GetBoolean());
        Assert.False(ledger.Single(c => c.GetProperty("text").GetString() == "Write the design doc for search").GetProperty("fromWrapUp").GetBoolean());
    }

    [Fact]
    public async Task TwoWayIndex_CountsTheReportsShareOfTopicsInHeldMeetings()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var employee = await org.ApiAsync("employee");
        foreach (var topic in new[] { "Wins", "Blockers", "Growth" }) await OneOnOneTestData.AddTopicAsync(employee, meeting, topic);
        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("manager"), meeting, "Reorg news");
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Private worry", isPrivate: true);
        foreach (var topic in (await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK)).Topics())
            await employee.PutAsJsonAsync($"/api/v1/topics/{topic.GetProperty("id").GetGuid()}", new { discussed = true });
        await OneOnOneTestData.MoveToSoonAsync(employee, meeting);
        await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { }), HttpStatusCode.OK);

        var twoWay = (await JsonAsync(await (await org.ApiAsync("ceo")).GetAsync($"/api/v1/one-on-ones/{series.Id()}/metrics"), HttpStatusCode.OK)).GetProperty("twoWay");

        Assert.Equal(3, twoWay.GetProperty("partnerTopics").GetInt32());
        Assert.Equal(1, twoWay.GetProperty("leadTopics").GetInt32());
        Assert.Equal(0.75, twoWay.GetProperty("partnerShare").GetDouble(), 3);
    }

    [Fact]
    public async Task AddTopic_AnOpenPageHearsTheAgendaChanged()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = App.Services.GetRequiredService<MeetingEvents>();
        var heard = ListenAsync(events, meeting, listening.Token);
        await Task.Delay(300);

        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("employee"), meeting, "Live topic");

        Assert.Equal(MeetingChange.Agenda, await heard);
    }

    [Fact]
    public async Task AskQuestion_IsNotSuggestedAgainInTheNextMeeting()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var manager = await org.ApiAsync("manager");
        var first = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{series.NextMeeting()}"), HttpStatusCode.OK);
        var key = first.GetProperty("suggestedQuestions")[0].GetProperty("key").GetString();

        var asked = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{series.NextMeeting()}/questions", new { key }), HttpStatusCode.OK);

        Assert.Contains(asked.GetProperty("askedHere").EnumerateArray(), q => q.GetProperty("key").GetString() == key);
        var next = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{asked.GetProperty("next").GetProperty("id").GetGuid()}"), HttpStatusCode.OK);
        Assert.DoesNotContain(next.GetProperty("suggestedQuestions").EnumerateArray(), q => q.GetProperty("key").GetString() == key);
        Assert.Equal(2, next.GetProperty("suggestedQuestions").GetArrayLength());
    }

    internal static async Task<MeetingChange> ListenAsync(MeetingEvents events, Guid meeting, CancellationToken ct)
    {
        await foreach (var change in events.SubscribeAsync(meeting, ct)) return change;
        throw new InvalidOperationException("The stream ended without a change.");
    }
}

public sealed class OneOnOneFlowTests_Sqlite() : OneOnOneFlowTests(TandemApp.Sqlite);

public sealed class OneOnOneFlowTests_Postgres() : OneOnOneFlowTests(TandemApp.Postgres);
