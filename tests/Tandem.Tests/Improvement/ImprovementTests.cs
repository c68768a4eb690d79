using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Features.Goals;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;
using Tandem.Tests.Reviews;

namespace Tandem.Tests.Improvement;

/// <summary>
/// Improvement plans (docs/security.md): read by the person, their manager chain and HR admins (an HR read outside their
/// line audited), nobody else and never across organisations; set up by the direct manager with each expectation a private
/// goal of the person's; checkpoints within the plan; the person comments; an outcome once, race-safe.
/// </summary>
public abstract class ImprovementTests(TandemApp app) : AppTest(app)
{
    private static DateOnly Today => ReviewTestData.Today;

    private static object Plan(int days = 60, string support = "A weekly hour with the team lead on the hardest tickets.") => new
    {
        startsOn = Today, endsOn = Today.AddDays(days), support,
        expectations = new[]
        {
            new { text = "Close each support ticket within two working days", measure = (string?)"The weekly queue report" },
            new { text = "Write up every escalation the same day", measure = (string?)null },
        },
    };

    private static async Task<JsonElement> CreateAsync(TestOrg org) =>
        await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/improvement-plans", Plan()), HttpStatusCode.Created);

    [Theory]
    [InlineData("employee", true)]
    [InlineData("manager", true)]
    [InlineData("ceo", true)]
    [InlineData("hr", true)]
    [InlineData("peer", false)]
    [InlineData("otherManager", false)]
    [InlineData("other", false)]
    public async Task Plan_ReadByThePersonTheirChainAndHr(string viewer, bool reads)
    {
        var org = await NewOrgAsync();
        var plan = (await CreateAsync(org)).GetProperty("id").GetGuid();
        var client = await org.ApiAsync(viewer);
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/improvement-plans/{plan}")).StatusCode);
        var list = await client.GetAsync($"/api/v1/people/{org["employee"]}/improvement-plans");
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, list.StatusCode);
        if (!reads) Assert.DoesNotContain(plan.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/improvement-plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/improvement-plans/{plan}/outcome",
            new { outcome = "Ended", on = Today, version = 0 })).StatusCode);
    }

    [Fact]
    public async Task HrRead_OutsideTheirLine_IsAudited_TheChainsIsNot()
    {
        var org = await NewOrgAsync();
        var plan = (await CreateAsync(org)).GetProperty("id").GetGuid();
        await (await org.ApiAsync("ceo")).GetAsync($"/api/v1/improvement-plans/{plan}");
        Assert.Equal(0, await org.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.AdminRead)));
        await (await org.ApiAsync("hr")).GetAsync($"/api/v1/improvement-plans/{plan}");
        var read = await org.DbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditActions.AdminRead));
        Assert.Equal(org["employee"], read.SubjectId);
        Assert.Equal(org["hr"], read.ActorId);
    }

    [Fact]
    public async Task AuditLog_ShowsPlans_ToHrAlone_NotToAnOrgAdmin()
    {
        var org = await NewOrgAsync();
        await CreateAsync(org);
        static async Task<List<string>> ActionsAsync(HttpClient client) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=100")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!)];
        Assert.Contains(AuditActions.ImprovementPlanCreated, await ActionsAsync(await org.ApiAsync("hr")));
        Assert.DoesNotContain(AuditActions.ImprovementPlanCreated, await ActionsAsync(await org.ApiAsync("ceo")));
    }

    [Fact]
    public async Task Create_ByTheDirectManager_WritesEachExpectationAsAPrivateGoal()
    {
        var org = await NewOrgAsync();
        foreach (var who in new[] { "employee", "ceo", "hr" })
            await ProblemAsync(await (await org.ApiAsync(who)).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/improvement-plans", Plan()), HttpStatusCode.Forbidden);
        var plan = await CreateAsync(org);
        var expectations = plan.GetProperty("expectations").EnumerateArray().ToList();
        Assert.Equal(2, expectations.Count);
        var goalIds = expectations.Select(e => e.GetProperty("goalId").GetGuid()).ToList();
        var goals = await org.DbAsync(db => db.Goals.Where(g => goalIds.Contains(g.Id)).ToListAsync());
        Assert.All(goals, g =>
        {
            Assert.Equal(org["employee"], g.OwnerPersonId);
            Assert.Equal(GoalVisibility.Private, g.Visibility);
            Assert.Equal(Today.AddDays(60), g.DueDate);
        });
        Assert.Contains(goals, g => g.Title == "Close each support ticket within two working days" && g.Description == "The weekly queue report");
        // A peer can't read those goals either.
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("peer")).GetAsync($"/api/v1/goals/{goalIds[0]}")).StatusCode);
    }

    [Fact]
    public async Task ARunningPlan_HoldsItsGoals_NotDeletedNorMadePublic_UntilItEnds()
    {
        var org = await NewOrgAsync();
        var plan = await CreateAsync(org);
        var goal = plan.GetProperty("expectations")[0].GetProperty("goalId").GetGuid();
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.DeleteAsync($"/api/v1/goals/{goal}"), HttpStatusCode.Conflict);
        var read = await employee.GetFromJsonAsync<JsonElement>($"/api/v1/goals/{goal}");
        var version = read.GetProperty("version").GetInt64();
        var title = read.GetProperty("goal").GetProperty("title").GetString();
        await ProblemAsync(await employee.PutAsJsonAsync($"/api/v1/goals/{goal}", new { goal = new { title, visibility = "Public" }, version }),
            HttpStatusCode.UnprocessableEntity, "Visibility");
        Assert.Equal(GoalVisibility.Private, await org.DbAsync(db => db.Goals.Where(g => g.Id == goal).Select(g => g.Visibility).SingleAsync()));

        // Ended, the goals are the person's as any other.
        await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync($"/api/v1/improvement-plans/{plan.GetProperty("id").GetGuid()}/outcome",
            new { outcome = "Successful", on = Today, version = plan.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await employee.DeleteAsync($"/api/v1/goals/{goal}")).StatusCode);
    }

    [Fact]
    public async Task Create_BadInput_IsRefusedOnItsField_AndNothingIsWritten()
    {
        var org = await NewOrgAsync();
        var manager = await org.ApiAsync("manager");
        var url = $"/api/v1/people/{org["employee"]}/improvement-plans";
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { startsOn = Today, endsOn = Today.AddDays(-1), expectations = new[] { new { text = "x" } }, support = "y" }),
            HttpStatusCode.UnprocessableEntity, "EndsOn");
        await ProblemAsync(await manager.PostAsJsonAsync(url, Plan(days: 400)), HttpStatusCode.UnprocessableEntity, "EndsOn");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { startsOn = Today, endsOn = Today.AddDays(30), expectations = Array.Empty<object>(), support = "y" }),
            HttpStatusCode.UnprocessableEntity, "Expectations");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { startsOn = Today, endsOn = Today.AddDays(30), expectations = new[] { new { text = " " } }, support = "y" }),
            HttpStatusCode.UnprocessableEntity, "Expectations[0].Text");
        await ProblemAsync(await manager.PostAsJsonAsync(url, Plan(support: "")), HttpStatusCode.UnprocessableEntity, "Support");
        Assert.Equal(0, await org.DbAsync(db => db.Goals.CountAsync(g => g.OwnerPersonId == org["employee"])));

        await CreateAsync(org);
        await ProblemAsync(await manager.PostAsJsonAsync(url, Plan()), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Checkpoints_FallWithinThePlan_AreTheManagersAndHrs_AndThePersonComments()
    {
        var org = await NewOrgAsync();
        var plan = (await CreateAsync(org)).GetProperty("id").GetGuid();
        var url = $"/api/v1/improvement-plans/{plan}/checkpoints";
        var manager = await org.ApiAsync("manager");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(-1) }), HttpStatusCode.UnprocessableEntity, "On");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(61) }), HttpStatusCode.UnprocessableEntity, "On");
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync(url, new { on = Today.AddDays(7) }), HttpStatusCode.Forbidden);
        // A 1:1 of someone else's can't be the checkpoint; the pair's own can.
        var others = (await org.CreateSeriesAsync("manager", "peer")).NextMeeting();
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(7), meetingId = others }), HttpStatusCode.UnprocessableEntity, "MeetingId");
        var theirs = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync(url, new { on = Today.AddDays(14), notes = "HR's mid-point check." }), HttpStatusCode.OK);
        var details = await JsonAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(7), meetingId = theirs, notes = "Queue at 3 days; pairing helps." }), HttpStatusCode.OK);
        var checkpoints = details.GetProperty("checkpoints").EnumerateArray().ToList();
        Assert.Equal([Today.AddDays(7), Today.AddDays(14)], checkpoints.Select(c => DateOnly.Parse(c.GetProperty("on").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(theirs, checkpoints[0].GetProperty("meetingId").GetGuid());

        var comment = $"/api/v1/improvement-plans/{plan}/checkpoints/{checkpoints[0].GetProperty("id")}/comment";
        await ProblemAsync(await manager.PostAsJsonAsync(comment, new { comment = "Writing for them" }), HttpStatusCode.Forbidden);
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.PostAsJsonAsync(comment, new { comment = "  " }), HttpStatusCode.UnprocessableEntity, "Comment");
        var commented = await JsonAsync(await employee.PostAsJsonAsync(comment, new { comment = "The pairing hour is what helps most." }), HttpStatusCode.OK);
        Assert.Equal("The pairing hour is what helps most.", commented.GetProperty("checkpoints")[0].GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Checkpoints_AtMostTwenty_TwoAddedAtOnceForTheLastPlace_OneWins()
    {
        var org = await NewOrgAsync();
        var plan = (await CreateAsync(org)).GetProperty("id").GetGuid();
        var url = $"/api/v1/improvement-plans/{plan}/checkpoints";
        var manager = await org.ApiAsync("manager");
        var hr = await org.ApiAsync("hr");
        for (var day = 1; day < Tandem.Features.Improvement.ImprovementRules.CheckpointsMax; day++)
            await JsonAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(day) }), HttpStatusCode.OK);

        var answers = await Task.WhenAll(manager.PostAsJsonAsync(url, new { on = Today.AddDays(40) }), hr.PostAsJsonAsync(url, new { on = Today.AddDays(41) }));
        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(statuses[1], new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity });
        var after = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/improvement-plans/{plan}");
        Assert.Equal(Tandem.Features.Improvement.ImprovementRules.CheckpointsMax, after.GetProperty("checkpoints").GetArrayLength());
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { on = Today.AddDays(42) }), HttpStatusCode.UnprocessableEntity, "On");
    }

    [Fact]
    public async Task Outcome_ExtendsOrEndsOnce_TwoAtOnceFromOneVersion_OneWins()
    {
        var org = await NewOrgAsync();
        var plan = await CreateAsync(org);
        var id = plan.GetProperty("id").GetGuid();
        var url = $"/api/v1/improvement-plans/{id}/outcome";
        var manager = await org.ApiAsync("manager");
        var hr = await org.ApiAsync("hr");
        var version = plan.GetProperty("version").GetInt64();
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { outcome = "Extended", on = Today, extendTo = Today.AddDays(30), version }), HttpStatusCode.UnprocessableEntity, "ExtendTo");
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { outcome = "Ended", on = Today.AddDays(-1), version }), HttpStatusCode.UnprocessableEntity, "On");
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync(url, new { outcome = "Successful", on = Today, version }), HttpStatusCode.Forbidden);

        var extended = await JsonAsync(await manager.PostAsJsonAsync(url, new { outcome = "Extended", on = Today, extendTo = Today.AddDays(90), note = "Close; more time.", version }),
            HttpStatusCode.OK);
        Assert.Equal(Today.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), extended.GetProperty("endsOn").GetString());
        Assert.True(extended.GetProperty("canWrite").GetBoolean());
        version = extended.GetProperty("version").GetInt64();

        var answers = await Task.WhenAll(
            manager.PostAsJsonAsync(url, new { outcome = "Successful", on = Today, version }),
            hr.PostAsJsonAsync(url, new { outcome = "Ended", on = Today, version }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var after = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/improvement-plans/{id}");
        Assert.False(after.GetProperty("canWrite").GetBoolean());
        await ProblemAsync(await manager.PostAsJsonAsync(url, new { outcome = "Ended", on = Today, version = after.GetProperty("version").GetInt64() }), HttpStatusCode.Conflict);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/improvement-plans/{id}/checkpoints", new { on = Today }), HttpStatusCode.Conflict);
        // Ended, a new plan may follow.
        await CreateAsync(org);
    }
}

public sealed class ImprovementTests_Sqlite() : ImprovementTests(TandemApp.Sqlite);

public sealed class ImprovementTests_Postgres() : ImprovementTests(TandemApp.Postgres);
