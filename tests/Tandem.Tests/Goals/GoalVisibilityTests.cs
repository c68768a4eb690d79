using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>
/// The visibility table (docs/security.md): a public goal is readable by everyone in the organisation; a private goal by its owner, the
/// owner's manager chain and HR admins; nothing across organisations. Private goals never leak through the
/// tree, search, roll-ups or counts.
/// </summary>
public abstract class GoalVisibilityTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", true)]
    [InlineData("manager", true)]
    [InlineData("ceo", true)]
    [InlineData("hr", true)]
    [InlineData("peer", false)]
    [InlineData("otherManager", false)]
    [InlineData("other", false)]
    public async Task PrivateGoal_ReadableByOwnerManagerChainAndHrOnly(string viewer, bool readable)
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Grow into a tech lead role", visibility = "Private" });

        var response = await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/goals/{goal.GoalId()}");

        Assert.Equal(readable ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("peer")]
    [InlineData("other")]
    [InlineData("hr")]
    public async Task PublicGoal_ReadableByEveryoneInTheOrganisation(string viewer)
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("manager", new { title = "Ship the new onboarding flow" });
        Assert.Equal(HttpStatusCode.OK, (await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/goals/{goal.GoalId()}")).StatusCode);
    }

    [Fact]
    public async Task AnyGoal_NeverReadableFromAnotherOrganisation()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "A public goal" });
        Assert.Equal(HttpStatusCode.NotFound, (await (await other.ApiAsync("hr")).GetAsync($"/api/v1/goals/{goal.GoalId()}")).StatusCode);
    }

    [Fact]
    public async Task PrivateGoal_ChainSwitchedOff_OnlyTheDirectManagerOfTheChain()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.Organizations.Where(o => o.Id == org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ManagerChainCanRead, false)));
        var goal = await org.CreateGoalAsync("employee", new { title = "Private plan", visibility = "Private" });

        Assert.Equal(HttpStatusCode.OK, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/goals/{goal.GoalId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("ceo")).GetAsync($"/api/v1/goals/{goal.GoalId()}")).StatusCode);
    }

    [Fact]
    public async Task PrivateGoal_NeverLeaksThroughTreeSearchRollupOrCounts()
    {
        var org = await NewOrgAsync();
        var company = await org.CreateGoalAsync("hr", new { title = "Company north star", ownerType = "Company" });
        await org.CreateGoalAsync("peer", new { title = "Public piece", parentGoalId = company.GoalId(), keyResults = new[] { GoalTestData.Metric("Done things", 0, 10) } });
        var secret = await org.CreateGoalAsync("employee", new
        {
            title = "Secret ambition zebra", visibility = "Private", parentGoalId = company.GoalId(),
            keyResults = new[] { GoalTestData.Metric("Zebra metric", 0, 10) },
        });
        // The private goal reaches 100%: if it counted in the roll-up, the company goal would show it.
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/key-results/{secret.KeyResultId()}/check-ins",
            new { value = 10, status = "OnTrack", confidence = 9, version = secret.KeyResultVersion() }), HttpStatusCode.Created);

        var other = await org.ApiAsync("other");
        var children = await (await other.GetAsync($"/api/v1/goals/{company.GoalId()}/children")).Content.ReadAsStringAsync();
        var search = await (await other.GetAsync("/api/v1/goals?text=zebra")).Content.ReadAsStringAsync();
        var details = await JsonAsync(await other.GetAsync($"/api/v1/goals/{company.GoalId()}"), HttpStatusCode.OK);

        Assert.DoesNotContain("zebra", children, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"privateGoals\":1", children, StringComparison.Ordinal);
        Assert.DoesNotContain("zebra", search, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, details.GetProperty("privateChildren").GetInt32());
        Assert.DoesNotContain("zebra", details.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, details.Progress());

        // The owner's manager sees it, titled.
        var managerView = await (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/goals/{company.GoalId()}/children")).Content.ReadAsStringAsync();
        Assert.Contains("Secret ambition zebra", managerView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathThroughAPrivateGoal_ShowsItWithoutItsTitle()
    {
        var org = await NewOrgAsync();
        var secret = await org.CreateGoalAsync("employee", new { title = "Hidden parent", visibility = "Private" });
        var child = await org.CreateGoalAsync("employee", new { title = "Visible child", parentGoalId = secret.GoalId() });

        var seen = await JsonAsync(await (await org.ApiAsync("peer")).GetAsync($"/api/v1/goals/{child.GoalId()}"), HttpStatusCode.OK);

        var step = Assert.Single(seen.GetProperty("path").EnumerateArray());
        Assert.Equal("A private goal", step.GetProperty("title").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, step.GetProperty("id").ValueKind);
    }
}

public sealed class GoalVisibilityTests_Sqlite() : GoalVisibilityTests(TandemApp.Sqlite);

public sealed class GoalVisibilityTests_Postgres() : GoalVisibilityTests(TandemApp.Postgres);
