using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Goals;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>Approval, bulk assignment, closing a period, roll-up through alignment, and the manager's view.</summary>
public abstract class GoalFlowTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Approval_DraftSubmittedChangesRequestedApproved_AndOnlyApprovedGoalsRollUp()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.RequireGoalApproval, true)));
        var team = await org.CreateGoalAsync("hr", new { title = "Company goal", ownerType = "Company" });
        var goal = await org.CreateGoalAsync("employee", new
        {
            title = "Cut page load to 1 second", parentGoalId = team.GoalId(), keyResults = new[] { GoalTestData.Metric("Seconds", 3, 1) },
        });
        Assert.Equal("Draft", goal.GetProperty("goal").GetProperty("approval").GetString());
        var employee = await org.ApiAsync("employee");
        var manager = await org.ApiAsync("manager");
        await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 1, status = "OnTrack", confidence = 9, version = goal.KeyResultVersion() }), HttpStatusCode.Created);
        Assert.Equal(0, (await JsonAsync(await manager.GetAsync($"/api/v1/goals/{team.GoalId()}"), HttpStatusCode.OK)).Progress());

        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision", new { approve = true }), HttpStatusCode.Conflict);
        await JsonAsync(await employee.PostAsync($"/api/v1/goals/{goal.GoalId()}/submit", null), HttpStatusCode.OK);
        await ProblemAsync(await (await org.ApiAsync("peer")).PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision", new { approve = true }), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision", new { approve = false }), HttpStatusCode.UnprocessableEntity, "Comment");
        var changes = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision",
            new { approve = false, comment = "Add how you will measure it on mobile too." }), HttpStatusCode.OK);
        Assert.Equal("ChangesRequested", changes.GetProperty("goal").GetProperty("approval").GetString());

        await JsonAsync(await employee.PostAsync($"/api/v1/goals/{goal.GoalId()}/submit", null), HttpStatusCode.OK);
        var approved = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision", new { approve = true }), HttpStatusCode.OK);

        Assert.Equal("Approved", approved.GetProperty("goal").GetProperty("approval").GetString());
        Assert.Equal(1, (await JsonAsync(await manager.GetAsync($"/api/v1/goals/{team.GoalId()}"), HttpStatusCode.OK)).Progress());
        Assert.Contains("Add how you will measure it", approved.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_CopiesTheGoalToEveryMember_AlignedToItsParent_Once()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var teamId = (await JsonAsync(await hr.PostAsJsonAsync("/api/v1/teams", new { name = "Platform" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await org.DbAsync(db => db.People.Where(p => p.Id == org["employee"] || p.Id == org["peer"])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.TeamId, teamId)));
        var company = await org.CreateGoalAsync("hr", new { title = "Reliable platform", ownerType = "Company" });
        var template = await org.CreateGoalAsync("manager", new
        {
            title = "Fewer incidents", ownerType = "Team", ownerTeamId = teamId, parentGoalId = company.GoalId(),
            keyResults = new[] { GoalTestData.Metric("Incidents a month", 8, 2) },
        });
        var manager = await org.ApiAsync("manager");

        var first = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{template.GoalId()}/assign", new { teamId }), HttpStatusCode.OK);
        var again = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{template.GoalId()}/assign", new { teamId }), HttpStatusCode.OK);

        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("alreadyAssigned").GetInt32());
        var copies = await org.DbAsync(db => db.Goals.Include(g => g.KeyResults).Where(g => g.TemplateGoalId == template.GoalId()).ToListAsync());
        Assert.Equal(new[] { org["employee"], org["peer"] }.Order(), copies.Select(c => c.OwnerPersonId!.Value).Order());
        Assert.All(copies, c => Assert.Equal(company.GoalId(), c.ParentGoalId));
        Assert.All(copies, c => Assert.Equal(8, Assert.Single(c.KeyResults).Current));
        await ProblemAsync(await (await org.ApiAsync("peer")).PostAsJsonAsync($"/api/v1/goals/{template.GoalId()}/assign", new { teamId }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ClosingAPeriod_KeepsEachGoalsScore_AndCheckInsEnd()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var period = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/goal-periods", new { name = "Hackathon", start = "2026-11-01", end = "2026-11-30" }), HttpStatusCode.Created);
        var periodId = period.GetProperty("id").GetGuid();
        var goal = await org.CreateGoalAsync("employee", new { title = "Build a prototype in a week", periodId, keyResults = new[] { GoalTestData.Metric("Features", 0, 4) } });
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 3, status = "OnTrack", confidence = 7, version = goal.KeyResultVersion() }), HttpStatusCode.Created);

        await ProblemAsync(await employee.PostAsync($"/api/v1/goal-periods/{periodId}/close", null), HttpStatusCode.Forbidden);
        var closed = await JsonAsync(await hr.PostAsync($"/api/v1/goal-periods/{periodId}/close", null), HttpStatusCode.OK);
        await ProblemAsync(await hr.PostAsync($"/api/v1/goal-periods/{periodId}/close", null), HttpStatusCode.Conflict);

        Assert.True(closed.GetProperty("closed").GetBoolean());
        var after = await JsonAsync(await employee.GetAsync($"/api/v1/goals/{goal.GoalId()}"), HttpStatusCode.OK);
        Assert.Equal(0.75, after.GetProperty("goal").GetProperty("score").GetDouble(), 6);
        Assert.False(after.GetProperty("can").GetProperty("checkIn").GetBoolean());
        await ProblemAsync(await employee.PostAsJsonAsync($"/api/v1/goals", new { title = "Late goal", periodId }), HttpStatusCode.UnprocessableEntity, "PeriodId");
    }

    [Fact]
    public async Task ALongHistory_ShowsTheNewestCheckIns_OldestFirst()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Answer every ticket", keyResults = new[] { GoalTestData.Metric("Tickets", 0, 5000) } });
        var keyResultId = goal.KeyResultId();
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        await org.DbAsync(async db =>
        {
            db.KeyResultUpdates.AddRange(Enumerable.Range(0, GoalQueries.HistoryShown).Select(i => new KeyResultUpdate
            {
                Id = Guid.CreateVersion7(), OrganizationId = org.Id, GoalId = goal.GoalId(), KeyResultId = keyResultId, Value = i,
                Status = CheckInStatus.OnTrack, Confidence = 5, Comment = $"Update {i}", AuthorId = org["employee"], At = start.AddMinutes(i),
            }));
            return await db.SaveChangesAsync();
        });

        var after = await JsonAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/key-results/{keyResultId}/check-ins",
            new { value = 4000, status = "OnTrack", confidence = 8, comment = "The newest", version = goal.KeyResultVersion() }), HttpStatusCode.Created);

        var comments = after.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("comment").GetString()).ToList();
        Assert.Equal(GoalQueries.HistoryShown, comments.Count);
        Assert.Equal("Update 1", comments[0]);
        Assert.Equal("The newest", comments[^1]);
    }

    [Fact]
    public async Task Progress_RollsUpThroughTheAlignmentTree_ByWeight()
    {
        var org = await NewOrgAsync();
        var company = await org.CreateGoalAsync("hr", new { title = "Grow revenue", ownerType = "Company" });
        var a = await org.CreateGoalAsync("employee", new { title = "A", parentGoalId = company.GoalId(), weight = 3, keyResults = new[] { GoalTestData.Metric("a", 0, 10) } });
        await org.CreateGoalAsync("peer", new { title = "B", parentGoalId = company.GoalId(), weight = 1, keyResults = new[] { GoalTestData.Metric("b", 0, 10) } });

        await JsonAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/key-results/{a.KeyResultId()}/check-ins",
            new { value = 10, status = "OnTrack", confidence = 10, version = a.KeyResultVersion() }), HttpStatusCode.Created);

        var top = await JsonAsync(await (await org.ApiAsync("other")).GetAsync($"/api/v1/goals/{company.GoalId()}"), HttpStatusCode.OK);
        Assert.Equal(0.75, top.Progress(), 6);
        Assert.Equal(2, top.GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task Tree_ShowsCompanyGoalsFirst_ThenExpandsABranch_Paged()
    {
        var org = await NewOrgAsync();
        var company = await org.CreateGoalAsync("hr", new { title = "Zeta company goal", ownerType = "Company" });
        await org.CreateGoalAsync("employee", new { title = "Alpha unaligned goal" });
        for (var i = 0; i < 3; i++) await org.CreateGoalAsync("employee", new { title = $"Child {i}", parentGoalId = company.GoalId() });
        var viewer = await org.ApiAsync("other");

        var top = await JsonAsync(await viewer.GetAsync("/api/v1/goals/tree"), HttpStatusCode.OK);
        Assert.Equal(["Zeta company goal", "Alpha unaligned goal"], top.GetProperty("goals").EnumerateArray().Select(n => n.GetProperty("goal").GetProperty("title").GetString()));
        Assert.Equal(3, top.GetProperty("goals")[0].GetProperty("children").GetInt32());

        var firstPage = await JsonAsync(await viewer.GetAsync($"/api/v1/goals/{company.GoalId()}/children?limit=2"), HttpStatusCode.OK);
        var next = firstPage.GetProperty("next").GetString();
        var secondPage = await JsonAsync(await viewer.GetAsync($"/api/v1/goals/{company.GoalId()}/children?limit=2&after={next}"), HttpStatusCode.OK);
        Assert.Equal(["Child 0", "Child 1", "Child 2"], firstPage.GetProperty("goals").EnumerateArray().Concat(secondPage.GetProperty("goals").EnumerateArray())
            .Select(n => n.GetProperty("goal").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Search_FindsByTextWithThePathUp()
    {
        var org = await NewOrgAsync();
        var company = await org.CreateGoalAsync("hr", new { title = "Delight customers", ownerType = "Company" });
        await org.CreateGoalAsync("employee", new { title = "Answer tickets within an hour", parentGoalId = company.GoalId() });

        var page = await JsonAsync(await (await org.ApiAsync("other")).GetAsync("/api/v1/goals?text=tickets"), HttpStatusCode.OK);

        var match = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(["Delight customers"], match.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
    }
}

public sealed class GoalFlowTests_Sqlite() : GoalFlowTests(TandemApp.Sqlite);

public sealed class GoalFlowTests_Postgres() : GoalFlowTests(TandemApp.Postgres);
