using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>
/// Who may change a goal (docs/security.md): a person's goal by its owner alone — their manager writes new goals for
/// them, comments, proposes and approves, but does not rewrite, check in, re-scope or delete it; bulk assignment only of
/// team, department and company goals to a group the assigner leads; approval covers what was approved.
/// </summary>
public abstract class GoalAccessRulesTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task AReportsGoal_OnlyTheOwnerChangesIt_TheManagerCommentsAndProposes()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new
        {
            title = "Learn the billing domain", visibility = "Private", keyResults = new[] { GoalTestData.Metric("Runbooks read", 0, 10) },
        });
        var id = goal.GoalId();
        var manager = await org.ApiAsync("manager");
        var update = new { version = goal.GetProperty("version").GetInt64(), goal = new { title = "Rewritten by the manager", visibility = "Public" } };

        await ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/goals/{id}", update), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/goals/{id}/status", new { status = "Dropped" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 5, status = "OnTrack", confidence = 7, version = goal.KeyResultVersion() }), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{id}/key-results", GoalTestData.Metric("Another", 0, 1)), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.DeleteAsync($"/api/v1/goals/{id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await (await org.ApiAsync("hr")).DeleteAsync($"/api/v1/goals/{id}"), HttpStatusCode.Forbidden);

        var read = await JsonAsync(await manager.GetAsync($"/api/v1/goals/{id}"), HttpStatusCode.OK);
        Assert.False(read.GetProperty("can").GetProperty("edit").GetBoolean());
        Assert.False(read.GetProperty("can").GetProperty("checkIn").GetBoolean());
        Assert.True(read.GetProperty("can").GetProperty("proposeChanges").GetBoolean());
        await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{id}/comments", new { text = "Pair with Sam on the first two.", proposedChange = true }),
            HttpStatusCode.Created);
        // The goal page follows the rule: the manager gets the comment box with its proposal tick, not the owner's forms.
        using (var pages = await org.PagesAsync("manager"))
        {
            var html = await pages.GetHtmlAsync($"/goals/{id}");
            Assert.Contains("This is a change I propose", HtmlForms.FormHtml(html, "comment"), StringComparison.Ordinal);
            foreach (var form in new[] { "delete-goal", $"checkin-{goal.KeyResultId()}", "goal-status", "add-key-result" })
                Assert.Throws<InvalidOperationException>(() => HtmlForms.FormHtml(html, form));
            Assert.DoesNotContain($"/goals/{id}/edit", html, StringComparison.Ordinal);
        }
        using (var pages = await org.PagesAsync("employee"))
        {
            var html = await pages.GetHtmlAsync($"/goals/{id}");
            foreach (var form in new[] { "delete-goal", $"checkin-{goal.KeyResultId()}", "goal-status", "add-key-result" }) Assert.NotEmpty(HtmlForms.FormHtml(html, form));
        }
        var still = await org.DbAsync(db => db.Goals.SingleAsync(g => g.Id == id));
        Assert.Equal("Learn the billing domain", still.Title);
        Assert.Equal(Features.Goals.GoalVisibility.Private, still.Visibility);

        var owner = await org.ApiAsync("employee");
        await JsonAsync(await owner.PutAsJsonAsync($"/api/v1/goals/{id}", update with { goal = new { title = "Learn billing and refunds", visibility = "Private" } }),
            HttpStatusCode.OK);
    }

    [Fact]
    public async Task AManager_StillWritesANewGoalForADirectReport_NotForSomeoneElsesReport()
    {
        var org = await NewOrgAsync();
        await org.CreateGoalAsync("manager", new { title = "Own the release checklist", ownerType = "Person", ownerPersonId = org["employee"] });
        var response = await (await org.ApiAsync("manager")).PostAsJsonAsync("/api/v1/goals",
            new { title = "Not yours to set", ownerType = "Person", ownerPersonId = org["other"] });
        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Assign_APersonsGoal_IsRefused_NothingCopied()
    {
        var org = await NewOrgAsync();
        var teamId = await TeamWithAsync(org, "employee", "peer");
        var own = await org.CreateGoalAsync("employee", new { title = "My own goal" });

        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/goals/{own.GoalId()}/assign", new { teamId }),
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal(0, await org.DbAsync(db => db.Goals.CountAsync(g => g.TemplateGoalId == own.GoalId())));
    }

    [Fact]
    public async Task Assign_ToAGroupTheAssignerDoesNotLead_IsRefused_HrMayAssignToAny()
    {
        var org = await NewOrgAsync();
        var myTeam = await TeamWithAsync(org, "employee", "peer");
        var theirTeam = await TeamWithAsync(org, "other");
        var template = await org.CreateGoalAsync("manager", new { title = "Fewer incidents", ownerType = "Team", ownerTeamId = myTeam });
        var manager = await org.ApiAsync("manager");

        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{template.GoalId()}/assign", new { teamId = theirTeam }),
            HttpStatusCode.UnprocessableEntity, "TeamId");
        Assert.Equal(0, await org.DbAsync(db => db.Goals.CountAsync(g => g.TemplateGoalId == template.GoalId())));

        var byHr = await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync($"/api/v1/goals/{template.GoalId()}/assign", new { teamId = theirTeam }),
            HttpStatusCode.OK);
        Assert.Equal(1, byHr.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task AnApprovedGoal_RewrittenByItsOwner_NeedsApprovalAgain_ACheckInDoesNot()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.RequireGoalApproval, true)));
        var goal = await org.CreateGoalAsync("employee", new { title = "Cut page load to 1 second", keyResults = new[] { GoalTestData.Metric("Seconds", 3, 1) } });
        var employee = await org.ApiAsync("employee");
        var manager = await org.ApiAsync("manager");
        await JsonAsync(await employee.PostAsync($"/api/v1/goals/{goal.GoalId()}/submit", null), HttpStatusCode.OK);
        var approved = await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/goals/{goal.GoalId()}/decision", new { approve = true }), HttpStatusCode.OK);

        var checkedIn = await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 2, status = "OnTrack", confidence = 8, version = goal.KeyResultVersion() }), HttpStatusCode.Created);
        Assert.Equal("Approved", checkedIn.GetProperty("goal").GetProperty("approval").GetString());

        var rewritten = await JsonAsync(await employee.PutAsJsonAsync($"/api/v1/goals/{goal.GoalId()}",
            new { version = approved.GetProperty("version").GetInt64(), goal = new { title = "Something else entirely" } }), HttpStatusCode.OK);
        Assert.Equal("Draft", rewritten.GetProperty("goal").GetProperty("approval").GetString());
    }

    [Fact]
    public async Task AnHrAdminReadingAPrivateGoal_OutsideTheirReportingLine_IsAudited_AManagerIsNot()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Move into product management", visibility = "Private" });

        await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/goals/{goal.GoalId()}"), HttpStatusCode.OK);
        Assert.Equal(0, await AdminReadsAsync(org, "manager"));

        await JsonAsync(await (await org.ApiAsync("hr")).GetAsync($"/api/v1/goals/{goal.GoalId()}"), HttpStatusCode.OK);
        await JsonAsync(await (await org.ApiAsync("hr")).GetAsync($"/api/v1/goals?ownerPersonId={org["employee"]}"), HttpStatusCode.OK);
        Assert.Equal(2, await AdminReadsAsync(org, "hr"));
        var events = await org.DbAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.AdminRead).ToListAsync());
        Assert.All(events, e => Assert.Equal(org["employee"], e.SubjectId));
    }

    [Fact]
    public async Task Forecast_FollowsTheChainSetting_AndCoverage_CountsNoPrivateGoalNorASmallTeam()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ManagerChainCanRead, false)));
        var small = await TeamWithAsync(org, "other");
        var company = await org.CreateGoalAsync("hr", new { title = "Grow revenue", ownerType = "Company" });
        await org.CreateGoalAsync("other", new { title = "A private aligned goal", visibility = "Private", parentGoalId = (Guid?)null });
        await org.CreateGoalAsync("other", new { title = "Public and aligned", parentGoalId = company.GoalId() });

        var coverage = await JsonAsync(await (await org.ApiAsync("peer")).GetAsync("/api/v1/goals/insights/coverage"), HttpStatusCode.OK);
        Assert.Equal(1, coverage.GetProperty("organisation").GetProperty("goals").GetInt32());
        Assert.DoesNotContain(coverage.GetProperty("teams").EnumerateArray(), t => t.GetProperty("id").GetGuid() == small);

        // The forecast's people come from Reach: with the chain switched off, the CEO reads only their direct reports.
        var forecast = await JsonAsync(await (await org.ApiAsync("ceo")).GetAsync("/api/v1/goals/insights/forecast"), HttpStatusCode.OK);
        Assert.DoesNotContain(forecast.EnumerateArray(), f => f.GetProperty("personId").GetGuid() == org["other"]);
    }

    private static Task<int> AdminReadsAsync(TestOrg org, string actor) =>
        org.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.AdminRead && e.ActorId == org[actor]));

    private static async Task<Guid> TeamWithAsync(TestOrg org, params string[] members)
    {
        var hr = await org.ApiAsync("hr");
        var id = (await JsonAsync(await hr.PostAsJsonAsync("/api/v1/teams", new { name = "Team " + Guid.NewGuid().ToString("N")[..6] }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var ids = members.Select(m => org[m]).ToList();
        await org.DbAsync(db => db.People.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.TeamId, id)));
        return id;
    }
}

public sealed class GoalAccessRulesTests_Sqlite() : GoalAccessRulesTests(TandemApp.Sqlite);

public sealed class GoalAccessRulesTests_Postgres() : GoalAccessRulesTests(TandemApp.Postgres);
