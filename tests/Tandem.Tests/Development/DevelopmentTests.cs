using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Development;

/// <summary>
/// The capability framework, assessments and gaps: visible to the person, their manager chain and HR admins,
/// never to peers or across organisations; bad input gets clear errors and writes nothing.
/// </summary>
public abstract class DevelopmentTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("employee", HttpStatusCode.OK)]
    [InlineData("manager", HttpStatusCode.OK)]
    [InlineData("ceo", HttpStatusCode.OK)]
    [InlineData("hr", HttpStatusCode.OK)]
    [InlineData("peer", HttpStatusCode.NotFound)]
    [InlineData("otherManager", HttpStatusCode.NotFound)]
    [InlineData("other", HttpStatusCode.NotFound)]
    public async Task Assessments_PersonManagerChainAndHr_NeverPeers(string viewer, HttpStatusCode expected)
    {
        var org = await NewOrgAsync();
        var capability = await CapabilityAsync(org, "Engineering", "Code review");
        await AssessAsync(org, "employee", "employee", capability, 2, "Reviewed 40 pull requests this quarter");

        var response = await (await org.ApiAsync(viewer)).GetAsync($"/api/v1/people/{org["employee"]}/capabilities");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound)
            Assert.DoesNotContain("40 pull requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assessments_AnotherOrganisation_NotFound_AndItsCapabilityIsUnknownHere()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        var theirs = await CapabilityAsync(other, "Sales", "Negotiation");
        var outsider = await other.ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/people/{org["employee"]}/capabilities")).StatusCode);
        // Not "forbidden" either: to an HR admin of another organisation, the employee is no one.
        Assert.Equal(HttpStatusCode.NotFound,
            (await outsider.PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = theirs, level = 3 })).StatusCode);

        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = theirs, level = 3 });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "CapabilityId");
        Assert.Equal(0, await org.DbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task SelfAndManager_SideBySide_GapsNowAndLater_NotAssessedIsNotZero()
    {
        var org = await NewOrgAsync();
        var review = await CapabilityAsync(org, "Engineering", "Code review");
        var design = await CapabilityAsync(org, "Engineering", "System design");
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1));
        await JsonAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync("/api/v1/role-profiles", new
        {
            name = "Engineer", jobTitle = "employee", futureDate = future,
            requirements = new[] { new { capabilityId = review, requiredNow = 3, requiredFuture = 4 }, new { capabilityId = design, requiredNow = 2, requiredFuture = 4 } },
        }), HttpStatusCode.Created);
        await AssessAsync(org, "employee", "employee", review, 4, null);
        var data = await AssessAsync(org, "manager", "employee", review, 2, "Misses security issues in reviews");

        var rows = data.GetProperty("capabilities").EnumerateArray().ToDictionary(c => c.GetProperty("capability").GetProperty("name").GetString()!);
        var r = rows["Code review"];
        Assert.Equal(4, r.GetProperty("self").GetInt32());
        Assert.Equal(2, r.GetProperty("manager").GetInt32());
        Assert.Equal(1, r.GetProperty("gapNow").GetInt32());
        Assert.Equal(2, r.GetProperty("gapFuture").GetInt32());
        var d = rows["System design"];
        Assert.Equal(JsonValueKind.Null, d.GetProperty("current").ValueKind);
        Assert.Equal(JsonValueKind.Null, d.GetProperty("gapNow").ValueKind);
    }

    [Fact]
    public async Task Assess_APeer_Forbidden_AndLevelOutsideTheScale_422()
    {
        var org = await NewOrgAsync();
        var capability = await CapabilityAsync(org, "Engineering", "Testing");
        await ProblemAsync(await (await org.ApiAsync("ceo")).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = capability, level = 3 }),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = capability, level = 6 }),
            HttpStatusCode.UnprocessableEntity, "Level");
        Assert.Equal(0, await org.DbAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task Framework_DuplicateNameInACategory_422_FutureDateInThePast_422()
    {
        var org = await NewOrgAsync();
        var capability = await CapabilityAsync(org, "Leadership", "Coaching");
        var hr = await org.ApiAsync("hr");
        var category = await org.DbAsync(db => db.Capabilities.Where(c => c.Id == capability).Select(c => c.CategoryId).SingleAsync());

        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/capabilities", new { categoryId = category, name = "Coaching", kind = "Behaviour" }),
            HttpStatusCode.UnprocessableEntity, "Name");
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/role-profiles", new
        {
            name = "Lead", jobTitle = "lead", futureDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            requirements = new[] { new { capabilityId = capability, requiredNow = 2, requiredFuture = 9 } },
        }), HttpStatusCode.UnprocessableEntity, "FutureDate");
        Assert.Equal(1, await org.DbAsync(db => db.Capabilities.CountAsync()));
        Assert.Equal(0, await org.DbAsync(db => db.RoleProfiles.CountAsync()));
    }

    [Fact]
    public async Task Import_BadRows_EveryRowReportedAndNothingApplied_ThenCleanFileTwiceChangesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        const string bad = "category,capability,kind,description\nEngineering,Code review,Skill,\nEngineering,,Skill,\nEngineering,Code review,Skill,again\nLeadership,Coaching,Talent,\n";
        var report = await JsonAsync(await hr.PostAsync("/api/v1/capabilities/import", new StringContent(bad, System.Text.Encoding.UTF8, "text/csv")),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal([3, 4, 5], report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).Distinct());
        Assert.Equal(0, await org.DbAsync(db => db.Capabilities.CountAsync()));

        const string good = "category,capability,kind,description\nEngineering,Code review,Skill,Reads changes carefully\nLeadership,Coaching,Behaviour,\n";
        var first = await JsonAsync(await hr.PostAsync("/api/v1/capabilities/import", new StringContent(good, System.Text.Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
        var again = await JsonAsync(await hr.PostAsync("/api/v1/capabilities/import", new StringContent(good, System.Text.Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, await org.DbAsync(db => db.Capabilities.CountAsync()));
        var export = await (await hr.GetAsync("/api/v1/capabilities/export")).Content.ReadAsStringAsync();
        Assert.Contains("Engineering,Code review,Skill,Reads changes carefully", export, StringComparison.Ordinal);
        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsync("/api/v1/capabilities/import", new StringContent(good, System.Text.Encoding.UTF8, "text/csv")),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OrganizationView_CountsPeopleShortOfTheRole_HrOnly_AndFollowsProfileChanges()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var review = await CapabilityAsync(org, "Engineering", "Code review");
        var profile = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/role-profiles", new
        {
            name = "Engineer", jobTitle = "employee", futureDate = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
            requirements = new[] { new { capabilityId = review, requiredNow = 2, requiredFuture = 4 } },
        }), HttpStatusCode.Created);
        await AssessAsync(org, "employee", "employee", review, 3, null);

        var gaps = await JsonAsync(await hr.GetAsync("/api/v1/capability-gaps/organization"), HttpStatusCode.OK);
        var row = Assert.Single(gaps.EnumerateArray());
        Assert.Equal(1, row.GetProperty("assessed").GetInt32());
        Assert.Equal(0, row.GetProperty("peopleShortNow").GetInt32());
        Assert.Equal(1, row.GetProperty("peopleShortLater").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("manager")).GetAsync("/api/v1/capability-gaps/organization")).StatusCode);

        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/role-profiles/{profile.GetProperty("id").GetGuid()}", new
        {
            name = "Engineer", jobTitle = "employee", futureDate = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
            requirements = new[] { new { capabilityId = review, requiredNow = 4, requiredFuture = 5 } },
        }), HttpStatusCode.OK);
        var after = Assert.Single((await JsonAsync(await hr.GetAsync("/api/v1/capability-gaps/organization"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(1, after.GetProperty("peopleShortNow").GetInt32());
        Assert.Equal(2.0, after.GetProperty("averageGapLater").GetDouble());
    }

    [Fact]
    public async Task TeamHeatmap_TheManagersDirectReports_OnlyHrPicksAnyTeam()
    {
        var org = await NewOrgAsync();
        var review = await CapabilityAsync(org, "Engineering", "Code review");
        await AssessAsync(org, "employee", "employee", review, 3, null);
        await AssessAsync(org, "other", "other", review, 5, null);

        var heatmap = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync("/api/v1/capability-gaps/team"), HttpStatusCode.OK);

        var names = heatmap.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person").GetProperty("name").GetString()).ToList();
        Assert.Equal(["Emma Employee", "Pat Peer"], names);
        Assert.Equal(3, heatmap.GetProperty("people")[0].GetProperty("cells")[0].GetProperty("current").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/capability-gaps/team?teamId={Guid.NewGuid()}")).StatusCode);
    }

    internal static async Task<Guid> CapabilityAsync(TestOrg org, string category, string name)
    {
        var hr = await org.ApiAsync("hr");
        var categoryId = await org.DbAsync(db => db.CapabilityCategories.Where(c => c.Name == category).Select(c => (Guid?)c.Id).SingleOrDefaultAsync());
        if (categoryId is null)
        {
            var created = await hr.PostAsJsonAsync("/api/v1/capabilities/categories", new { name = category });
            categoryId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        }
        var response = await hr.PostAsJsonAsync("/api/v1/capabilities", new { categoryId, name, kind = "Skill" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    internal static async Task<JsonElement> AssessAsync(TestOrg org, string who, string person, Guid capability, int level, string? evidence)
    {
        var response = await (await org.ApiAsync(who)).PostAsJsonAsync($"/api/v1/people/{org[person]}/assessments", new { capabilityId = capability, level, evidence });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

public sealed class DevelopmentTests_Sqlite() : DevelopmentTests(TandemApp.Sqlite);

public sealed class DevelopmentTests_Postgres() : DevelopmentTests(TandemApp.Postgres);
