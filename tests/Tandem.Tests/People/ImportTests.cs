using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.People;

public abstract class ImportTests(TandemApp app) : AppTest(app)
{
    private const string Header = "email,name,employee_number,title,department,team,manager_email,location,time_zone,start_date,status";

    [Fact]
    public async Task Import_WithErrors_ReportsEveryRow_AndAppliesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var before = await org.DbAsync(db => db.People.CountAsync());
        var csv = $"""
            {Header}
            ana@{org.Slug}.test,Ana Analyst,,Analyst,Finance,,{org.Email("ceo")},Berlin,Europe/Berlin,2025-01-06,active
            broken-email,Bad Row,,,,,,,,,
            bo@{org.Slug}.test,Bo Boss,,,,,nobody@{org.Slug}.test,,,,
            """;

        var response = await PostCsvAsync(hr, csv);

        var report = await JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal([3, 4], report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.Equal(before, await org.DbAsync(db => db.People.CountAsync()));
        Assert.False(await org.DbAsync(db => db.Departments.AnyAsync()));
    }

    [Fact]
    public async Task Import_CleanFile_AppliesOnce_ThenReimportChangesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var csv = $"""
            {Header}
            vi@{org.Slug}.test,Vi Lead,E-100,Team Lead,Research,Labs,{org.Email("ceo")},Lisbon,Europe/Lisbon,2024-03-01,active
            wu@{org.Slug}.test,Wu Scientist,E-101,Scientist,Research,Labs,vi@{org.Slug}.test,Lisbon,Europe/Lisbon,2025-09-15,on leave
            {org.Email("peer")},Pat Peer,,Senior Peer,Research,,vi@{org.Slug}.test,,Europe/Berlin,,active
            """;

        var first = await JsonAsync(await PostCsvAsync(hr, csv), HttpStatusCode.OK);
        Assert.True(first.GetProperty("applied").GetBoolean());
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Equal(1, first.GetProperty("updated").GetInt32());
        Assert.Equal(2, first.GetProperty("invited").GetInt32());

        // Pat moved under Vi: the reporting lines follow.
        var pat = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["peer"]}"), HttpStatusCode.OK);
        Assert.Equal(["Cara Executive", "Vi Lead"], pat.GetProperty("chain").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("Research", pat.GetProperty("department").GetString());

        var again = await JsonAsync(await PostCsvAsync(hr, csv), HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, again.GetProperty("invited").GetInt32());
        Assert.Equal(9, await org.DbAsync(db => db.People.CountAsync()));
        Assert.Equal(1, await org.DbAsync(db => db.Departments.CountAsync()));
        Assert.Equal(2, await org.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.PeopleImported)));
    }

    [Fact]
    public async Task Export_ThenImport_ChangesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        var export = await hr.GetAsync("/api/v1/people/export");
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        Assert.Equal(org.People.Count + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var report = await JsonAsync(await PostCsvAsync(hr, csv), HttpStatusCode.OK);
        Assert.Equal(org.People.Count, report.GetProperty("unchanged").GetInt32());
        Assert.True(await org.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PeopleExported && e.ActorId == org["hr"])));
    }

    [Fact]
    public async Task Import_DryRun_ReportsButWritesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        var report = await JsonAsync(await PostCsvAsync(hr, $"email,name\nzed@{org.Slug}.test,Zed\n", dryRun: true), HttpStatusCode.OK);

        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.Equal(1, report.GetProperty("invited").GetInt32());
        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.False(await org.DbAsync(db => db.People.AnyAsync(p => p.Name == "Zed")));
    }

    [Fact]
    public async Task Import_ThousandsOfRows_ManagersFurtherDownTheFile_AppliesAcrossBatches()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        // A tree ten wide (person i reports to i / 10 - 1), written bottom-up: every manager comes after their reports.
        string Email(int i) => $"p{i}@{org.Slug}.test";
        var csv = new StringBuilder("email,name,manager_email\n");
        for (var i = 2_499; i >= 0; i--) csv.Append($"{Email(i)},Person {i:0000},{(i < 10 ? org.Email("ceo") : Email(i / 10 - 1))}\n");

        var report = await JsonAsync(await PostCsvAsync(hr, csv.ToString()), HttpStatusCode.OK);

        Assert.Equal(2_500, report.GetProperty("created").GetInt32());
        Assert.Equal(2_500, report.GetProperty("invited").GetInt32());
        var lastEmail = Email(2_499);
        var last = await org.DbAsync(db => db.People.Where(p => p.Email == lastEmail).Select(p => p.Id).SingleAsync());
        var person = await JsonAsync(await hr.GetAsync($"/api/v1/people/{last}"), HttpStatusCode.OK);
        Assert.Equal(["Cara Executive", "Person 0001", "Person 0023", "Person 0248"],
            person.GetProperty("chain").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(2_500, await org.DbAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task Import_EmployeeNumberPassesToAnotherPerson_Applies()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await PostCsvAsync(hr, $"email,name,employee_number\n{org.Email("manager")},Max Manager,E-1\n{org.Email("employee")},Emma Employee,E-2\n"), HttpStatusCode.OK);

        // Max takes Emma's number as she moves on to a new one: her row frees it before his takes it.
        var report = await JsonAsync(await PostCsvAsync(hr, $"email,name,employee_number\n{org.Email("manager")},Max Manager,E-2\n{org.Email("employee")},Emma Employee,E-3\n"), HttpStatusCode.OK);

        Assert.Equal(2, report.GetProperty("updated").GetInt32());
        Assert.Equal("E-2", await org.DbAsync(db => db.People.Where(p => p.Id == org["manager"]).Select(p => p.EmployeeNumber).SingleAsync()));
    }

    [Fact]
    public async Task Import_ManyBadRows_ListsTheFirstThousand_CountsEvery_AppliesNothing()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var csv = new StringBuilder("email,name\n");
        for (var i = 0; i < 1_200; i++) csv.Append($"bad-email-{i},Nobody\n");
        csv.Append($"fine@{org.Slug}.test,Fine\n");

        var report = await JsonAsync(await PostCsvAsync(hr, csv.ToString()), HttpStatusCode.UnprocessableEntity);

        var errors = report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(2, 1_000), errors);
        Assert.Equal(1_200, report.GetProperty("errorCount").GetInt32());
        Assert.False(await org.DbAsync(db => db.People.AnyAsync(p => p.Name == "Fine")));
    }

    [Fact]
    public async Task Import_AsEmployee_403()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await PostCsvAsync(employee, $"email,name\nzed@{org.Slug}.test,Zed\n"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ImportPage_ShowsRowErrors_ThenTheFixedFileImports()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");

        var bad = await PostFileAsync(pages, $"email,name,manager_email\nyan@{org.Slug}.test,Yan,{org.Email("ceo")}\nbad-email,Bad,\n");
        Assert.Contains("Nothing was imported", bad, StringComparison.Ordinal);
        Assert.Contains("<td>3</td>", bad, StringComparison.Ordinal);

        var good = await PostFileAsync(pages, $"email,name,manager_email\nyan@{org.Slug}.test,Yan,{org.Email("ceo")}\n");
        Assert.Contains("Import complete", good, StringComparison.Ordinal);
        Assert.Contains("1 person was invited", good, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/invitations\"", good, StringComparison.Ordinal);
        Assert.DoesNotContain("/invite/", good, StringComparison.Ordinal);
        Assert.True(await org.DbAsync(db => db.People.AnyAsync(p => p.Name == "Yan")));
    }

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string csv, bool dryRun = false) =>
        client.PostAsync($"/api/v1/people/import{(dryRun ? "?dryRun=true" : "")}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<string> PostFileAsync(PageClient pages, string csv)
    {
        var html = await pages.GetHtmlAsync("/admin/import");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import"), "_handler" },
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("import"), "Mode" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "File", "people.csv" },
        };
        var response = await pages.PostAsync("/admin/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class ImportTests_Sqlite() : ImportTests(TandemApp.Sqlite);

public sealed class ImportTests_Postgres() : ImportTests(TandemApp.Postgres);
