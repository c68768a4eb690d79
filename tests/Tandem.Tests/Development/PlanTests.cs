using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Development;

/// <summary>
/// Development plans: a draft is the person's alone; once shared, their manager chain and HR read it, never peers
/// or other organisations. The next exit needs a date; a 1:1 shows the plan's open actions to those who may read it.
/// </summary>
public abstract class PlanTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", true, true)]
    [InlineData("manager", false, true)]
    [InlineData("ceo", false, true)]
    [InlineData("hr", false, true)]
    [InlineData("peer", false, false)]
    [InlineData("other", false, false)]
    public async Task Plan_DraftOnlyTheOwner_SharedAlsoManagerChainAndHr(string viewer, bool readsDraft, bool readsShared)
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PutAsJsonAsync("/api/v1/me/plan", new
        {
            aspiration = "Become the team's go-to person for reliability", horizon = "two years", wantsToLead = "No", version = 0,
            routes = new[] { new { kind = "StretchProject", description = "Lead the on-call redesign", tradeOffs = "Less feature work for a quarter" } },
        }), HttpStatusCode.OK);
        var client = await org.ApiAsync(viewer);

        Assert.Equal(readsDraft ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/people/{org["employee"]}/plan")).StatusCode);
        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/share", new { shared = true }), HttpStatusCode.OK);
        var shared = await client.GetAsync($"/api/v1/people/{org["employee"]}/plan");
        Assert.Equal(readsShared ? HttpStatusCode.OK : HttpStatusCode.NotFound, shared.StatusCode);
        if (!readsShared) Assert.DoesNotContain("reliability", await shared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var outsider = await (await NewOrgAsync()).ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/people/{org["employee"]}/plan")).StatusCode);
    }

    [Fact]
    public async Task NextExit_NeedsADate_InTheFuture_AndReplacesTheEarlierOne()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions", new { text = "Shadow the incident commander", isNextExit = true }),
            HttpStatusCode.UnprocessableEntity, "DueDate");
        await ProblemAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions", new { text = "Shadow", dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)) }),
            HttpStatusCode.UnprocessableEntity, "DueDate");
        Assert.Equal(0, await org.DbAsync(db => db.DevelopmentActions.CountAsync()));

        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));
        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions", new { text = "Shadow the incident commander", isNextExit = true, dueDate = due }), HttpStatusCode.Created);
        var plan = await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions", new { text = "Run a game day", isNextExit = true, dueDate = due.AddDays(7) }),
            HttpStatusCode.Created);
        var exits = plan.GetProperty("actions").EnumerateArray().Where(a => a.GetProperty("isNextExit").GetBoolean()).ToList();
        Assert.Equal("Run a game day", Assert.Single(exits).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Meeting_ShowsThePlansOpenActions_ToTheManagerOnlyOnceShared()
    {
        var org = await NewOrgAsync();
        var meeting = (await org.CreateSeriesAsync("manager", "employee")).NextMeeting();
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions",
            new { text = "Pair with Sam on the capacity model", isNextExit = true, dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)) }), HttpStatusCode.Created);
        var manager = await org.ApiAsync("manager");

        var draft = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("focus").ValueKind);
        var own = await JsonAsync(await employee.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Equal("Pair with Sam on the capacity model", own.GetProperty("focus").GetProperty("openActions")[0].GetProperty("text").GetString());

        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/share", new { shared = true }), HttpStatusCode.OK);
        var shared = await JsonAsync(await manager.GetAsync($"/api/v1/meetings/{meeting}"), HttpStatusCode.OK);
        Assert.Single(shared.GetProperty("focus").GetProperty("openActions").EnumerateArray());
        Assert.False(shared.GetProperty("focus").GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task Recommendations_ResourcesForTheLargestGap_AimedAboveTheCurrentLevel()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var category = JsonDocument.Parse(await (await hr.PostAsJsonAsync("/api/v1/capabilities/categories", new { name = "Craft" })).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetGuid();
        var capability = JsonDocument.Parse(await (await hr.PostAsJsonAsync("/api/v1/capabilities", new { categoryId = category, name = "Observability", kind = "Skill" }))
            .Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/role-profiles", new
        {
            name = "Engineer", jobTitle = "employee", futureDate = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
            requirements = new[] { new { capabilityId = capability, requiredNow = 3, requiredFuture = 4 } },
        }), HttpStatusCode.Created);
        foreach (var (title, level) in new[] { ("Intro to tracing", 2), ("Production debugging course", 3), ("Run the observability guild", 5) })
            await JsonAsync(await hr.PostAsJsonAsync("/api/v1/learning-resources", new { title, kind = "Course", capabilityId = capability, targetLevel = level }), HttpStatusCode.Created);
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/learning-resources", new { title = "Bad", kind = "Course", capabilityId = capability, targetLevel = 7 }),
            HttpStatusCode.UnprocessableEntity, "TargetLevel");
        await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = capability, level = 2 });

        var plan = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync($"/api/v1/people/{org["employee"]}/plan"), HttpStatusCode.OK);

        Assert.Equal(["Production debugging course", "Run the observability guild"],
            plan.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("title").GetString()));
    }
}

public sealed class PlanTests_Sqlite() : PlanTests(TandemApp.Sqlite);

public sealed class PlanTests_Postgres() : PlanTests(TandemApp.Postgres);
