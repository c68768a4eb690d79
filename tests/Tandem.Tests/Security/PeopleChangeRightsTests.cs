using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Feedback;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// Reporting lines carry rights (a manager reads what is shared with the manager), and admins' records carry the
/// organisation's keys: an HR admin may not put themselves into anyone's manager chain, nor change an admin's manager
/// or email; that needs an org admin (who also holds HR admin, as editing people does).
/// </summary>
public abstract class PeopleChangeRightsTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task HrAdmin_MakingThemselvesSomeonesManager_403_AndReadsNoManagerOnlyFeedback()
    {
        var org = await NewOrgAsync();
        var feedback = await org.GiveAsync("peer", "employee", visibility: "ToPersonAndManager", kind: "Constructive");
        var hr = await org.ApiAsync("hr");

        await ProblemAsync(await EditAsync(hr, org, "employee", managerId: org["hr"]), HttpStatusCode.Forbidden);

        Assert.Equal(org["manager"], await ManagerOfAsync(org, "employee"));
        Assert.NotEqual(HttpStatusCode.OK, (await hr.GetAsync($"/api/v1/feedback/{feedback.GetProperty("id")}")).StatusCode);
    }

    [Fact]
    public async Task HrAdmin_PuttingSomeoneUnderTheirOwnReport_403()
    {
        var org = await NewOrgAsync();
        var ceo = await OrgAndHrAdminAsync(org);
        await JsonAsync(await EditAsync(ceo, org, "peer", managerId: org["hr"]), HttpStatusCode.OK);
        var hr = await org.ApiAsync("hr");

        // Under Pat, who now reports to the HR admin: the HR admin would be in Emma's manager chain.
        await ProblemAsync(await EditAsync(hr, org, "employee", managerId: org["peer"]), HttpStatusCode.Forbidden);

        Assert.Equal(org["manager"], await ManagerOfAsync(org, "employee"));
    }

    [Fact]
    public async Task HrAdmin_AddingSomeoneUnderThemselves_403()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Nia New", email = $"nia@{org.Slug}.test", managerId = org["hr"] }),
            HttpStatusCode.Forbidden);

        Assert.False(await org.DbAsync(db => db.People.AnyAsync(p => p.Email == $"nia@{org.Slug}.test")));
    }

    [Fact]
    public async Task HrAdmin_ChangingAnAdminsEmailOrManager_403_OtherFieldsStillAllowed()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        await ProblemAsync(await EditAsync(hr, org, "ceo", managerId: null, email: $"cara.new@{org.Slug}.test"), HttpStatusCode.Forbidden);
        await ProblemAsync(await EditAsync(hr, org, "hr", managerId: org["otherManager"]), HttpStatusCode.Forbidden);
        await JsonAsync(await EditAsync(hr, org, "ceo", managerId: null, title: "Chief Executive"), HttpStatusCode.OK);

        Assert.Equal(org.Email("ceo"), await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"]).Select(p => p.Email).SingleAsync()));
        Assert.Equal(org["ceo"], await ManagerOfAsync(org, "hr"));
    }

    [Fact]
    public async Task OrgAdmin_MayMakeThemselvesAManager_AndChangeAnAdminsEmail()
    {
        var org = await NewOrgAsync();
        var ceo = await OrgAndHrAdminAsync(org);

        await JsonAsync(await EditAsync(ceo, org, "employee", managerId: org["ceo"]), HttpStatusCode.OK);
        await JsonAsync(await EditAsync(ceo, org, "hr", managerId: org["ceo"], email: $"hana.new@{org.Slug}.test"), HttpStatusCode.OK);

        Assert.Equal(org["ceo"], await ManagerOfAsync(org, "employee"));
    }

    [Fact]
    public async Task PersonUpdate_AuditRecordsEachChangedField_WithOldAndNewValue()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        await JsonAsync(await EditAsync(hr, org, "employee", managerId: org["otherManager"], title: "Senior Analyst"), HttpStatusCode.OK);

        var detail = await org.DbAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.PersonUpdated && e.SubjectId == org["employee"])
            .Select(e => e.Detail).SingleAsync());
        Assert.Contains("title: employee → Senior Analyst", detail, StringComparison.Ordinal);
        Assert.Contains("manager: Max Manager → Olga Othermanager", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("email", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPage_MakingYourselfTheManager_ShowsTheRefusalAtTheManagerField()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");
        var version = await org.DbAsync(db => db.People.Where(p => p.Id == org["employee"]).Select(p => p.Version).SingleAsync());

        var response = await pages.PostFormAsync($"/people/{org["employee"]}/edit", "person", new()
        {
            ["Input.Name"] = "Emma Employee", ["Input.Email"] = org.Email("employee"), ["Input.Title"] = "employee",
            ["Input.ManagerEmail"] = org.Email("hr"), ["Input.Status"] = "Active", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var field = html[html.IndexOf("id=\"manager\"", StringComparison.Ordinal)..];
        Assert.Contains("org admin", field[..Math.Min(field.Length, 800)], StringComparison.Ordinal);
        Assert.Equal(org["manager"], await ManagerOfAsync(org, "employee"));
    }

    [Fact]
    public async Task Import_RowMakingTheImporterSomeonesManager_IsRejected()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        var report = await JsonAsync(await ImportAsync(hr, $"email,name,manager_email\n{org.Email("employee")},Emma Employee,{org.Email("hr")}\n"),
            HttpStatusCode.UnprocessableEntity);

        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("manager_email", error.GetProperty("column").GetString());
        Assert.Equal(org["manager"], await ManagerOfAsync(org, "employee"));
    }

    [Fact]
    public async Task Import_RowsChangingAnAdminsEmailOrManager_AreRejected_UnlessByAnOrgAdmin()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.EmployeeNumber, "E-1")));
        var csv = $"""
            email,name,employee_number,manager_email
            cara.new@{org.Slug}.test,Cara Executive,E-1,
            {org.Email("hr")},Hana Resources,,{org.Email("otherManager")}
            """ + "\n";

        var report = await JsonAsync(await ImportAsync(await org.ApiAsync("hr"), csv), HttpStatusCode.UnprocessableEntity);
        Assert.Equal([2, 3], report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).Order());
        Assert.Equal(org.Email("ceo"), await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"]).Select(p => p.Email).SingleAsync()));

        await JsonAsync(await ImportAsync(await OrgAndHrAdminAsync(org), csv), HttpStatusCode.OK);
        Assert.Equal(org["otherManager"], await ManagerOfAsync(org, "hr"));
    }

    /// <summary>Edits one person as they are now, with this manager and optionally another email or title.</summary>
    private static async Task<HttpResponseMessage> EditAsync(HttpClient client, TestOrg org, string key, Guid? managerId, string? email = null, string? title = null)
    {
        var person = await JsonAsync(await client.GetAsync($"/api/v1/people/{org[key]}"), HttpStatusCode.OK);
        return await client.PutAsJsonAsync($"/api/v1/people/{org[key]}", new
        {
            person = new
            {
                name = person.GetProperty("name").GetString(),
                email = email ?? person.GetProperty("email").GetString(),
                title = title ?? person.GetProperty("title").GetString(),
                managerId,
                timeZone = person.GetProperty("timeZone").GetString(),
            },
            version = person.GetProperty("version").GetInt64(),
        });
    }

    /// <summary>The org admin, given HR admin too (editing people is HR's). Roles are read on every request.</summary>
    private static async Task<HttpClient> OrgAndHrAdminAsync(TestOrg org)
    {
        await JsonAsync(await (await org.ApiAsync("ceo")).PutAsJsonAsync($"/api/v1/people/{org["ceo"]}/roles", new { hrAdmin = true, orgAdmin = true }),
            HttpStatusCode.OK);
        return await org.ApiAsync("ceo");
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        client.PostAsync("/api/v1/people/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static Task<Guid?> ManagerOfAsync(TestOrg org, string key) =>
        org.DbAsync(db => db.People.Where(p => p.Id == org[key]).Select(p => p.ManagerId).SingleAsync());
}

public sealed class PeopleChangeRightsTests_Sqlite() : PeopleChangeRightsTests(TandemApp.Sqlite);

public sealed class PeopleChangeRightsTests_Postgres() : PeopleChangeRightsTests(TandemApp.Postgres);
