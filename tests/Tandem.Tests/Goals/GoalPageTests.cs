using System.Net;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Goals;

/// <summary>The goal pages as a browser without JavaScript sees them.</summary>
public abstract class GoalPageTests(TandemApp app) : AppTest(app)
{
    // The goal form as a person fills it: one metric key result from 10 to the target.
    private static Dictionary<string, string> NewGoal(TestOrg org, string target) => new()
    {
        ["Input.Title"] = "Reduce onboarding time for new engineers",
        ["Input.Owner"] = $"person:{org["employee"]}",
        ["Input.Commitment"] = "Committed",
        ["Input.Visibility"] = "Public",
        ["Input.Weight"] = "1",
        ["Input.KeyResults[0].Title"] = "Days to first commit",
        ["Input.KeyResults[0].Kind"] = "Metric",
        ["Input.KeyResults[0].Start"] = "10",
        ["Input.KeyResults[0].Target"] = target,
    };

    [Fact]
    public async Task WriteAGoal_BadKeyResult_ShowsTheErrorAndKeepsWhatWasTyped()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.PostFormAsync("/goals/new", "goal", NewGoal(org, target: "10"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Key result 1: The target must differ from the start", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Reduce onboarding time for new engineers\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Days to first commit\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAGoal_Valid_GoesToTheGoalPage()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.PostFormAsync("/goals/new", "goal", NewGoal(org, target: "3"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var goal = await pages.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Days to first commit", goal, StringComparison.Ordinal);
        Assert.Contains("Check in", goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmartFragment_FollowsTheForm()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var vague = await pages.GetHtmlAsync("/goals/smart?Input.Title=Improve%20things");
        var concrete = await pages.GetHtmlAsync("/goals/smart?Input.Title=Cut%20checkout%20time%20to%20two%20seconds&Input.KeyResults%5B0%5D.Title=Seconds&Input.Period=x");

        Assert.Contains("Say what will be different", vague, StringComparison.Ordinal);
        Assert.DoesNotContain("Say what will be different", concrete, StringComparison.Ordinal);
        Assert.DoesNotContain("Add a key result", concrete, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", concrete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_FromAStalePage_ShowsTheConflictAndTheCurrentValue()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Faster builds", keyResults = new[] { GoalTestData.Metric("Minutes", 30, 10) } });
        var url = $"/goals/{goal.GoalId()}";
        // The owner, in two browsers (a laptop and a phone) with the page opened at the same version.
        using var employee = await org.PagesAsync("employee");
        using var phone = await org.PagesAsync("employee");
        var form = $"checkin-{goal.KeyResultId()}";
        var version = goal.KeyResultVersion().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var keyResult = goal.KeyResultId().ToString();
        var first = await employee.PostFormAsync(url, form, new()
        {
            ["CheckIn.KeyResultId"] = keyResult, ["CheckIn.Value"] = "20", ["CheckIn.Status"] = "OnTrack", ["CheckIn.Confidence"] = "8", ["CheckIn.Version"] = version,
        });
        var second = await phone.PostFormAsync(url, form, new()
        {
            ["CheckIn.KeyResultId"] = keyResult, ["CheckIn.Value"] = "25", ["CheckIn.Status"] = "AtRisk", ["CheckIn.Confidence"] = "5", ["CheckIn.Version"] = version,
        });
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Someone else changed this", html, StringComparison.Ordinal);
        Assert.Contains("now 20", html, StringComparison.Ordinal);
        Assert.Contains("value=\"25\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateGoal_PageIs404ForAPeer_AndTheTreeOnlyCountsIt()
    {
        var org = await NewOrgAsync();
        var company = await org.CreateGoalAsync("hr", new { title = "Company direction", ownerType = "Company" });
        var secret = await org.CreateGoalAsync("employee", new { title = "My quiet ambition", visibility = "Private", parentGoalId = company.GoalId() });
        using var peer = await org.PagesAsync("peer");

        Assert.Equal(HttpStatusCode.NotFound, (await peer.GetAsync($"/goals/{secret.GoalId()}")).StatusCode);
        var branch = await peer.GetHtmlAsync($"/goals/tree/branches/{company.GoalId()}");
        var goalPage = await peer.GetHtmlAsync($"/goals/{company.GoalId()}");
        Assert.DoesNotContain("quiet ambition", branch, StringComparison.Ordinal);
        Assert.Contains("1 private goal", branch, StringComparison.Ordinal);
        Assert.DoesNotContain("quiet ambition", goalPage, StringComparison.Ordinal);
        Assert.Contains("1 private goal", goalPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamPage_ShowsEachReportsGoalsAtRisk()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Launch the beta", keyResults = new[] { GoalTestData.Metric("Beta users", 0, 100) } });
        var client = await org.ApiAsync("employee");
        await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, $"/api/v1/key-results/{goal.KeyResultId()}/check-ins",
            new { value = 5, status = "AtRisk", confidence = 3, version = goal.KeyResultVersion() });
        using var manager = await org.PagesAsync("manager");

        var html = await manager.GetHtmlAsync("/team");

        Assert.Contains("Emma Employee", html, StringComparison.Ordinal);
        Assert.Contains("Launch the beta", html, StringComparison.Ordinal);
        Assert.Contains("At risk", html, StringComparison.Ordinal);
    }
}

public sealed class GoalPageTests_Sqlite() : GoalPageTests(TandemApp.Sqlite);

public sealed class GoalPageTests_Postgres() : GoalPageTests(TandemApp.Postgres);
