using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>Bad input gets a clear answer and writes nothing; two check-ins at once never lose an update.</summary>
public abstract class GoalRulesTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Alignment_InACircle_422_NothingWritten()
    {
        var org = await NewOrgAsync();
        var a = await org.CreateGoalAsync("employee", new { title = "Goal A" });
        var b = await org.CreateGoalAsync("employee", new { title = "Goal B", parentGoalId = a.GoalId() });
        var employee = await org.ApiAsync("employee");

        var response = await employee.PutAsJsonAsync($"/api/v1/goals/{a.GoalId()}",
            new { goal = new { title = "Goal A", parentGoalId = b.GoalId() }, version = a.GetProperty("version").GetInt64() });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "ParentGoalId");
        Assert.Contains("circle", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Null(await org.DbAsync(db => db.Goals.Where(g => g.Id == a.GoalId()).Select(g => g.ParentGoalId).SingleAsync()));
    }

    [Fact]
    public async Task Alignment_ToAGoalWhosePeriodEnded_422()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var past = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/goal-periods", new { name = "2020 H1", start = "2020-01-01", end = "2020-06-30" }), HttpStatusCode.Created);
        var old = await org.CreateGoalAsync("hr", new { title = "Old company goal", ownerType = "Company", periodId = past.GetProperty("id").GetGuid() });

        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/goals", new { title = "New goal", parentGoalId = old.GoalId() });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "ParentGoalId");
        Assert.Equal(1, await org.DbAsync(db => db.Goals.CountAsync()));
    }

    [Theory]
    [InlineData("""{"title":"Bad KR","keyResults":[{"title":"Flat","kind":"Metric","start":5,"target":5}]}""", "KeyResults[0].Target")]
    [InlineData("""{"title":"Bad weight","weight":-1}""", "Weight")]
    [InlineData("""{"title":"Bad KR weight","keyResults":[{"title":"Heavy","kind":"Milestone","weight":-2}]}""", "KeyResults[0].Weight")]
    [InlineData("""{"title":""}""", "Title")]
    [InlineData("""{"title":"Private team goal","ownerType":"Team","ownerTeamId":"00000000-0000-0000-0000-000000000001","visibility":"Private"}""", "OwnerTeamId")]
    public async Task Create_BadInput_422WithFieldError_NothingWritten(string body, string field)
    {
        var org = await NewOrgAsync();
        var response = await (await org.ApiAsync("employee")).PostAsync("/api/v1/goals",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await org.DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task KeyResult_OnSomeoneElsesGoal_403_AndOnTheirPrivateGoal_404()
    {
        var org = await NewOrgAsync();
        var open = await org.CreateGoalAsync("employee", new { title = "Public goal" });
        var hidden = await org.CreateGoalAsync("employee", new { title = "Private goal", visibility = "Private" });
        var peer = await org.ApiAsync("peer");

        await ProblemAsync(await peer.PostAsJsonAsync($"/api/v1/goals/{open.GoalId()}/key-results", GoalTestData.Metric("Mine now", 0, 5)), HttpStatusCode.Forbidden);
        await ProblemAsync(await peer.PostAsJsonAsync($"/api/v1/goals/{hidden.GoalId()}/key-results", GoalTestData.Metric("Mine now", 0, 5)), HttpStatusCode.NotFound);
        Assert.Equal(0, await org.DbAsync(db => db.KeyResults.CountAsync()));
    }

    [Fact]
    public async Task Manager_CreatesGoalsForAReport_ButNotForSomeoneElsesReport()
    {
        var org = await NewOrgAsync();
        var manager = await org.ApiAsync("manager");

        var mine = await manager.PostAsJsonAsync("/api/v1/goals", new { title = "For Emma", ownerPersonId = org["employee"] });
        var notMine = await manager.PostAsJsonAsync("/api/v1/goals", new { title = "For Omar", ownerPersonId = org["other"] });

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        await ProblemAsync(notMine, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task CheckIn_OnAClosedPeriod_422_NothingWritten()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var period = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/goal-periods", new { name = "Sprint 7", start = "2026-11-01", end = "2026-11-30" }), HttpStatusCode.Created);
        var goal = await org.CreateGoalAsync("employee", new
        {
            title = "Close the sprint well", periodId = period.GetProperty("id").GetGuid(), keyResults = new[] { GoalTestData.Metric("Stories", 0, 10) },
        });
        await JsonAsync(await hr.PostAsync($"/api/v1/goal-periods/{period.GetProperty("id")}/close", null), HttpStatusCode.OK);

        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 7, status = "OnTrack", confidence = 7, version = goal.KeyResultVersion() });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "PeriodId");
        Assert.Equal(0, await org.DbAsync(db => db.KeyResultUpdates.CountAsync()));
    }

    [Fact]
    public async Task TwoCheckInsFromTheSameVersion_TheSecondGets409WithTheCurrentValue()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Faster builds", keyResults = new[] { GoalTestData.Metric("Minutes", 30, 10) } });
        var version = goal.KeyResultVersion();
        // The owner alone checks in on a person's goal: here from two devices, both opened at the same version.
        var employee = await org.ApiAsync("employee");
        var otherDevice = await org.ApiAsync("employee");

        var first = await employee.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 20, status = "OnTrack", confidence = 8, version });
        var second = await otherDevice.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 25, status = "AtRisk", confidence = 5, version });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var conflict = await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(20, conflict.GetProperty("current").GetProperty("current").GetDouble());
        var stored = await org.DbAsync(db => db.KeyResults.SingleAsync());
        Assert.Equal(20, stored.Current);
        Assert.Equal(0.5, stored.Progress, 6); // from 30 down to 10: 20 is half way
        Assert.Equal(1, await org.DbAsync(db => db.KeyResultUpdates.CountAsync()));
    }

    [Fact]
    public async Task CheckIn_SetsTheGoalsStatusFromItsKeyResults()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Two things", keyResults = new[] { GoalTestData.Metric("One", 0, 10), GoalTestData.Metric("Two", 0, 10) } });
        var employee = await org.ApiAsync("employee");

        var details = await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId(1)}/check-ins",
            new { value = 2, status = "OffTrack", confidence = 2, version = goal.KeyResultVersion(1) }), HttpStatusCode.Created);

        Assert.Equal("OffTrack", details.GetProperty("goal").GetProperty("status").GetString());
        Assert.Equal(0.1, details.Progress(), 6);
    }
}

public sealed class GoalRulesTests_Sqlite() : GoalRulesTests(TandemApp.Sqlite);

public sealed class GoalRulesTests_Postgres() : GoalRulesTests(TandemApp.Postgres);
