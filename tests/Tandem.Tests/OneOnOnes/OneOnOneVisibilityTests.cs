using System.Net;
using System.Net.Http.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.OneOnOnes;

/// <summary>
/// The visibility table (docs/security.md): shared 1:1 agenda and notes only the two participants; private notes and private talking points
/// only their author (not the other person, not admins, not the manager's manager); nothing across organisations.
/// </summary>
public abstract class OneOnOneVisibilityTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("employee", HttpStatusCode.OK)]
    [InlineData("peer", HttpStatusCode.NotFound)]
    [InlineData("ceo", HttpStatusCode.NotFound)]
    [InlineData("hr", HttpStatusCode.NotFound)]
    [InlineData("other", HttpStatusCode.NotFound)]
    public async Task SharedAgendaAndNotes_OnlyTheTwoParticipants(string viewer, HttpStatusCode expected)
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("employee"), meeting, "Release planning");
        var client = await org.ApiAsync(viewer);
        // Pages take the sign-in cookie only (decision 011).
        using var pages = await org.PagesAsync(viewer);

        Assert.Equal(expected, (await client.GetAsync($"/api/v1/meetings/{meeting}")).StatusCode);
        Assert.Equal(expected, (await pages.GetAsync($"/one-on-ones/meetings/{meeting}/parts/agenda")).StatusCode);
        Assert.Equal(expected, (await pages.GetAsync($"/one-on-ones/meetings/{meeting}")).StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            var write = await client.PostAsJsonAsync($"/api/v1/meetings/{meeting}/topics", new { text = "Sneaky" });
            Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        }
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("hr")]
    [InlineData("ceo")]
    public async Task PrivateNote_OnlyItsAuthor(string viewer)
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var manager = await org.ApiAsync("manager");
        Assert.True((await manager.PutAsJsonAsync($"/api/v1/meetings/{meeting}/private-note", new { text = "Seems tired lately; ask about workload" })).IsSuccessStatusCode);

        var mine = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Equal("Seems tired lately; ask about workload", mine.GetProperty("privateNote").GetString());

        var response = await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/meetings/{meeting}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Seems tired", body, StringComparison.Ordinal);
        var page = await (await (await org.PagesAsync(viewer)).GetAsync($"/one-on-ones/meetings/{meeting}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Seems tired", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateTalkingPoint_OnlyItsAuthor_NotInTheOtherSidesAgendaPartOrCounts()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var employee = await org.ApiAsync("employee");
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Thinking about a transfer", isPrivate: true);
        await OneOnOneTestData.AddTopicAsync(employee, meeting, "Conference budget");

        var own = await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Contains(own.Topics(), t => t.GetProperty("text").GetString() == "Thinking about a transfer" && t.GetProperty("isPrivate").GetBoolean());

        var manager = await org.ApiAsync("manager");
        var theirs = await (await manager.GetAsync($"/api/v1/meetings/{meeting}")).Content.ReadAsStringAsync();
        Assert.Contains("Conference budget", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("transfer", theirs, StringComparison.Ordinal);
        var fragment = await (await manager.GetAsync($"/one-on-ones/meetings/{meeting}/parts/agenda")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("transfer", fragment, StringComparison.Ordinal);
        var topicId = own.Topics().Single(t => t.GetProperty("isPrivate").GetBoolean()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync($"/api/v1/topics/{topicId}", new { discussed = true })).StatusCode);
    }

    [Theory]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("employee", HttpStatusCode.OK)]
    [InlineData("ceo", HttpStatusCode.OK)]
    [InlineData("hr", HttpStatusCode.OK)]
    [InlineData("peer", HttpStatusCode.NotFound)]
    [InlineData("otherManager", HttpStatusCode.NotFound)]
    public async Task PairMetrics_ThePairTheLeadsManagersAndHr(string viewer, HttpStatusCode expected)
    {
        var org = await NewOrgAsync();
        var series = (await org.CreateSeriesAsync("manager", "employee")).Id();
        Assert.Equal(expected, (await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/one-on-ones/{series}/metrics")).StatusCode);
    }

    [Fact]
    public async Task EverySeriesAndMeetingRoute_AnotherOrganisation_NotFound()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        var topic = (await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("manager"), meeting, "Hiring")).Topics().Single().GetProperty("id").GetGuid();
        var outsider = await other.ApiAsync("hr");
        using var outsiderPages = await other.PagesAsync("hr");

        foreach (var url in new[]
                 {
                     $"/api/v1/one-on-ones/{series.Id()}", $"/api/v1/one-on-ones/{series.Id()}/meetings", $"/api/v1/one-on-ones/{series.Id()}/metrics",
                     $"/api/v1/one-on-ones/{series.Id()}/commitments", $"/api/v1/meetings/{meeting}",
                     // The outsider is an HR admin: "anyone" is anyone of their own organisation.
                     $"/api/v1/people/{org["manager"]}/one-on-ones",
                 })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderPages.GetAsync($"/one-on-ones/meetings/{meeting}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/v1/topics/{topic}", new { discussed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/meetings/{meeting}/hold", new { })).StatusCode);
    }
}

public sealed class OneOnOneVisibilityTests_Sqlite() : OneOnOneVisibilityTests(TandemApp.Sqlite);

public sealed class OneOnOneVisibilityTests_Postgres() : OneOnOneVisibilityTests(TandemApp.Postgres);
