using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Development;

/// <summary>
/// HR's development screens (role profiles, scale levels, learning catalogue, framework import) answer bad input next to
/// the field and keep what was typed; a people import that changes someone's role recomputes their gaps.
/// </summary>
public abstract class DevelopmentAdminTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task ProfileEditor_PastDate_ShownNextToTheField_ThenSavedWithItsLevels()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        var hr = await org.PagesAsync("hr");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Platform engineer", ["Input.JobTitle"] = "employee", ["Input.TeamId"] = "", ["Input.FutureDate"] = "2020-01-01",
            ["Input.Requirements[0].CapabilityId"] = review.ToString(), ["Input.Requirements[0].RequiredNow"] = "2", ["Input.Requirements[0].RequiredFuture"] = "4",
        };

        var rejected = await (await hr.PostFormAsync("/development/profiles/new", "profile", fields)).Content.ReadAsStringAsync();

        Assert.Contains("The future date has to be in the future.", rejected, StringComparison.Ordinal);
        Assert.Contains("value=\"Platform engineer\"", rejected, StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.RoleProfiles.CountAsync()));

        fields["Input.FutureDate"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var saved = await hr.PostFormAsync("/development/profiles/new", "profile", fields);
        var profile = await org.DbAsync(db => db.RoleProfiles.Include(p => p.Requirements).SingleAsync());
        Assert.Equal("Platform engineer", profile.Name);
        var requirement = Assert.Single(profile.Requirements);
        Assert.Equal((2, 4), (requirement.RequiredNow, requirement.RequiredFuture));
        Assert.Contains("Platform engineer", await hr.GetHtmlAsync("/development/profiles"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.EndsWith($"/development/profiles/{profile.Id}", saved.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScaleLevel_RenamedOnTheFrameworkPage_EmptyNameRejected()
    {
        var org = await NewOrgAsync();
        var hr = await org.PagesAsync("hr");

        var rejected = await (await hr.PostFormAsync("/development/framework", "level-2", new() { ["Level.Number"] = "2", ["Level.Name"] = "", ["Level.Description"] = "Needs help with the unusual cases" })).Content.ReadAsStringAsync();
        Assert.Contains("Needs help with the unusual cases", rejected, StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.CompetenceLevels.CountAsync()));

        await hr.PostFormAsync("/development/framework", "level-2", new() { ["Level.Number"] = "2", ["Level.Name"] = "Practising", ["Level.Description"] = "Does it alone in the usual cases" });
        var framework = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync("/api/v1/capabilities"), HttpStatusCode.OK);
        Assert.Equal("Practising", framework.GetProperty("scale")[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task LearningCatalogue_HrAdds_BadLinkShownNextToTheField_EveryoneReads()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        var hr = await org.PagesAsync("hr");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Reviewing code well", ["Input.Link"] = "ftp://example.org/course", ["Input.Kind"] = "Course",
            ["Input.CapabilityId"] = review.ToString(), ["Input.TargetLevel"] = "3", ["Input.EffortHours"] = "6",
        };

        var rejected = await (await hr.PostFormAsync("/development/learning", "resource", fields)).Content.ReadAsStringAsync();
        Assert.Contains("must be a web address", rejected, StringComparison.Ordinal);
        Assert.Contains("value=\"Reviewing code well\"", rejected, StringComparison.Ordinal);

        fields["Input.Link"] = "https://example.org/course";
        await hr.PostFormAsync("/development/learning", "resource", fields);
        var employee = await org.PagesAsync("employee");
        Assert.Contains("Reviewing code well", await employee.GetHtmlAsync("/development/learning"), StringComparison.Ordinal);
        Assert.DoesNotContain("Add a resource", await employee.GetHtmlAsync("/development/learning"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await employee.GetAsync("/development/profiles")).StatusCode);
        await ProblemAsync(await (await org.ApiAsync("hr")).PostAsJsonAsync("/api/v1/learning-resources", new
        {
            title = "Too long a link", link = "https://example.org/" + new string('a', 600), kind = "Article", capabilityId = review, targetLevel = 2,
        }), HttpStatusCode.UnprocessableEntity, "Link");
    }

    [Fact]
    public async Task FrameworkImport_DryRun_ReportsAndAppliesNothing()
    {
        var org = await NewOrgAsync();
        const string csv = "category,capability,kind,description\nEngineering,Code review,Skill,\n";

        var report = await JsonAsync(await (await org.ApiAsync("hr")).PostAsync("/api/v1/capabilities/import?dryRun=true", new StringContent(csv, Encoding.UTF8, "text/csv")),
            HttpStatusCode.OK);

        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.Equal(0, await org.DbAsync(db => db.Capabilities.CountAsync()));
    }

    [Fact]
    public async Task PeopleImport_ThatChangesATitle_RecomputesThePersonsGaps()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/role-profiles", new
        {
            name = "Senior engineer", jobTitle = "Senior engineer", requirements = new[] { new { capabilityId = review, requiredNow = 4, requiredFuture = 5 } },
        }), HttpStatusCode.Created);
        await DevelopmentTests.AssessAsync(org, "employee", "employee", review, 2, null);
        Assert.Equal(0, (await JsonAsync(await hr.GetAsync("/api/v1/capability-gaps/organization"), HttpStatusCode.OK)).EnumerateArray().Sum(r => r.GetProperty("peopleShortNow").GetInt32()));

        var csv = $"email,name,title\n{org.Email("employee")},{org.Person("employee").Name},Senior engineer\n";
        await JsonAsync(await hr.PostAsync("/api/v1/people/import", new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.OK);

        var row = Assert.Single((await JsonAsync(await hr.GetAsync("/api/v1/capability-gaps/organization"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(1, row.GetProperty("peopleShortNow").GetInt32());
    }
}

public sealed class DevelopmentAdminTests_Sqlite() : DevelopmentAdminTests(TandemApp.Sqlite);

public sealed class DevelopmentAdminTests_Postgres() : DevelopmentAdminTests(TandemApp.Postgres);
