using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Features.Home;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Home;

/// <summary>
/// The layout's search (API, page and suggestions) against the visibility table: people of the organisation, goals only
/// as GoalAccess lets the viewer read them, teams and departments for HR admins, nothing from another organisation.
/// </summary>
public abstract class SearchTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", true)]
    [InlineData("manager", true)]
    [InlineData("ceo", true)]
    [InlineData("hr", true)]
    [InlineData("peer", false)]
    [InlineData("other", false)]
    public async Task PrivateGoal_FoundOnlyByThoseWhoMayReadIt(string viewer, bool found)
    {
        var org = await NewOrgAsync();
        await org.CreateGoalAsync("employee", new { title = "Quietly grow into a staff role", visibility = "Private" });
        await org.CreateGoalAsync("employee", new { title = "Quietly cut the build time" });

        var titles = Titles(await SearchAsync(org, viewer, "quietly"), "goals");

        Assert.Contains("Quietly cut the build time", titles);
        Assert.Equal(found, titles.Contains("Quietly grow into a staff role"));
    }

    [Fact]
    public async Task Goals_ByTheStartOfEachWord_InAnyOrder_FollowTheirTitle()
    {
        var org = await NewOrgAsync();
        var goal = await org.CreateGoalAsync("employee", new { title = "Cut build-times by 50% with remote caching" });
        var id = goal.GoalId();
        await org.CreateGoalAsync("employee", new { title = "Rebuild the onboarding guide" });

        Assert.Equal(["Cut build-times by 50% with remote caching"], Titles(await SearchAsync(org, "peer", "build"), "goals"));
        Assert.Equal(["Cut build-times by 50% with remote caching"], Titles(await SearchAsync(org, "peer", "cach TIME"), "goals"));
        Assert.Equal(["Cut build-times by 50% with remote caching"], Titles(await SearchAsync(org, "peer", "50"), "goals"));
        Assert.Empty(Titles(await SearchAsync(org, "peer", "uild"), "goals"));

        var version = goal.GetProperty("version").GetInt64();
        await JsonAsync(await PutJsonAsync(await org.ApiAsync("employee"), $"/api/v1/goals/{id}",
            new { version, goal = new { title = "Halve the time of a deploy" } }), HttpStatusCode.OK);
        Assert.Empty(Titles(await SearchAsync(org, "peer", "caching"), "goals"));
        Assert.Equal(["Halve the time of a deploy"], Titles(await SearchAsync(org, "peer", "deploy time"), "goals"));

        await (await org.ApiAsync("employee")).DeleteAsync($"/api/v1/goals/{id}");
        Assert.Empty(Titles(await SearchAsync(org, "peer", "deploy"), "goals"));
        Assert.Equal(0, await org.DbAsync(db => db.GoalWords.CountAsync(w => w.GoalId == id)));
    }

    [Fact]
    public async Task GoalsFromBeforeTheWordIndex_AreFoundOnceItIsBackfilled()
    {
        var org = await NewOrgAsync();
        await org.CreateGoalAsync("employee", new { title = "Document the incident runbook" });
        await org.DbAsync(db => db.GoalWords.ExecuteDeleteAsync());
        Assert.Empty(Titles(await SearchAsync(org, "peer", "runbook"), "goals"));

        await org.DbAsync(async db =>
        {
            db.TenantId = null; // as at start-up: every organisation's goals
            await Tandem.Features.Goals.GoalWordsInterceptor.BackfillAsync(db, CancellationToken.None);
            return 0;
        });

        Assert.Equal(["Document the incident runbook"], Titles(await SearchAsync(org, "peer", "runbook"), "goals"));
    }

    [Fact]
    public async Task AnotherOrganisation_NeverFound()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        await other.AddPersonAsync("priya", "Priya Raman", "manager");
        await other.CreateGoalAsync("manager", new { title = "Priya's public goal" });
        await JsonAsync(await (await other.ApiAsync("hr")).PostAsJsonAsync("/api/v1/departments", new { name = "Priya's department" }), HttpStatusCode.Created);

        var results = await SearchAsync(org, "hr", "priya");

        Assert.Empty(Titles(results, "people"));
        Assert.Empty(Titles(results, "goals"));
        Assert.Empty(Titles(results, "departments"));
    }

    [Fact]
    public async Task People_ByNameOrEmail_NotThoseWhoLeft()
    {
        var org = await NewOrgAsync();
        var gone = await org.AddPersonAsync("emil", "Emil Gone", "manager");
        await org.DbAsync(db => db.People.Where(p => p.Id == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Tandem.Features.People.PersonStatus.Left)));

        Assert.Equal(["Emma Employee"], Titles(await SearchAsync(org, "peer", "em"), "people"));
        Assert.Equal(["Pat Peer"], Titles(await SearchAsync(org, "employee", "peer@"), "people"));
    }

    [Fact]
    public async Task TeamsAndDepartments_OnlyForHrAdmins()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var department = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/departments", new { name = "Zeta Research" }), HttpStatusCode.Created);
        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/teams", new { name = "Zeta Lab", departmentId = department.GetProperty("id").GetGuid() }), HttpStatusCode.Created);

        var asHr = await SearchAsync(org, "hr", "zeta");
        var asManager = await SearchAsync(org, "manager", "zeta");

        Assert.Equal(["Zeta Research"], Titles(asHr, "departments"));
        Assert.Equal(["Zeta Lab"], Titles(asHr, "teams"));
        Assert.Empty(Titles(asManager, "departments"));
        Assert.Empty(Titles(asManager, "teams"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    public async Task NoQuery_400Problem(string query)
    {
        var org = await NewOrgAsync();
        await ProblemAsync(await (await org.ApiAsync("employee")).GetAsync("/api/v1/search" + query), HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task TooLongQuery_400Problem_PageAndSuggestionsSaySoOrStayEmpty()
    {
        var org = await NewOrgAsync();
        var q = new string('a', SiteSearch.QueryMax + 1);
        await ProblemAsync(await (await org.ApiAsync("employee")).GetAsync($"/api/v1/search?q={q}"), HttpStatusCode.BadRequest, "q");
        using var pages = await org.PagesAsync("employee");
        Assert.Contains($"Search with at most {SiteSearch.QueryMax} characters.", await pages.GetHtmlAsync($"/search?q={q}"), StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"option\"", await pages.GetHtmlAsync($"/search/suggest?q={q}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithoutJavaScript_GroupsByKind_AndHidesWhatTheViewerMayNotRead()
    {
        var org = await NewOrgAsync();
        await org.CreateGoalAsync("employee", new { title = "Emma's private plan", visibility = "Private" });
        await org.CreateGoalAsync("employee", new { title = "Emma's public roadmap" });
        using var pages = await org.PagesAsync("peer");

        var html = await pages.GetHtmlAsync("/search?q=emma");
        var suggestions = await pages.GetHtmlAsync("/search/suggest?q=emma");

        Assert.Contains($"href=\"/people/{org["employee"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"results-people\"", html, StringComparison.Ordinal);
        Assert.Contains("Emma&#x27;s public roadmap", html, StringComparison.Ordinal);
        Assert.DoesNotContain("private plan", html, StringComparison.Ordinal);
        Assert.Contains($"data-href=\"/people/{org["employee"]}\"", suggestions, StringComparison.Ordinal);
        Assert.DoesNotContain("private plan", suggestions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_LeaveOutPrivateGoalsHrReadsOnlyByItsAuditedRight_ThePageShowsAndAuditsThem()
    {
        var org = await NewOrgAsync();
        await org.CreateGoalAsync("employee", new { title = "Quietly prepare the promotion case", visibility = "Private" });
        using var hr = await org.PagesAsync("hr");
        using var manager = await org.PagesAsync("manager");
        Task<int> AdminReadsAsync() => org.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.AdminRead));

        var hrSuggestions = await hr.GetHtmlAsync("/search/suggest?q=promotion");
        var readsAfterSuggestions = await AdminReadsAsync();
        var managerSuggestions = await manager.GetHtmlAsync("/search/suggest?q=promotion");
        var hrPage = await hr.GetHtmlAsync("/search?q=promotion");

        Assert.DoesNotContain("promotion case", hrSuggestions, StringComparison.Ordinal);
        Assert.Equal(0, readsAfterSuggestions);
        Assert.Contains("promotion case", managerSuggestions, StringComparison.Ordinal);
        Assert.Contains("promotion case", hrPage, StringComparison.Ordinal);
        Assert.Equal(1, await AdminReadsAsync());
    }

    private static async Task<JsonElement> SearchAsync(TestOrg org, string viewer, string q) =>
        await JsonAsync(await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}"), HttpStatusCode.OK);

    private static List<string> Titles(JsonElement results, string kind) =>
        [.. results.GetProperty(kind).EnumerateArray().Select(r => (r.TryGetProperty("name", out var n) ? n : r.GetProperty("title")).GetString()!)];
}

public sealed class SearchTests_Sqlite() : SearchTests(TandemApp.Sqlite);

public sealed class SearchTests_Postgres() : SearchTests(TandemApp.Postgres);
