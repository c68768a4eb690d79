using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.People;

public abstract class PeopleApiTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task List_KeysetPages_CoverEveryoneOnceInNameOrder()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await JsonAsync(await employee.GetAsync($"/api/v1/people?limit=3{(after is null ? "" : "&after=" + after)}"), HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
            after = page.GetProperty("next").GetString();
        }
        while (after is not null);

        Assert.Equal(org.People.Select(p => p.Name).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task List_ForeignCursor_400Problem()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.GetAsync("/api/v1/people?after=not-a-cursor"), HttpStatusCode.BadRequest, "after");
    }

    [Fact]
    public async Task List_Search_FindsByNameEmailOrTitle()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        var page = await JsonAsync(await employee.GetAsync("/api/v1/people?search=othermanager"), HttpStatusCode.OK);

        Assert.Equal(["Olga Othermanager"], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_ShowsChainFromTheTopAndDirectReports()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        var manager = await JsonAsync(await employee.GetAsync($"/api/v1/people/{org["manager"]}"), HttpStatusCode.OK);

        Assert.Equal([org["ceo"]], manager.GetProperty("chain").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        Assert.Equal(["Emma Employee", "Pat Peer"], manager.GetProperty("directReports").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(2, manager.GetProperty("peopleBelow").GetInt32());
    }

    [Fact]
    public async Task Create_AsEmployee_403_NothingWritten()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        await ProblemAsync(await employee.PostAsJsonAsync("/api/v1/people", new { name = "Sneaky", email = $"sneaky@{org.Slug}.test" }), HttpStatusCode.Forbidden);

        Assert.False(await org.DbAsync(db => db.People.AnyAsync(p => p.Name == "Sneaky")));
    }

    [Fact]
    public async Task Create_AsHr_201_WithReportingLineAndAudit()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        var created = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new
        {
            name = "  Nia New  ", email = $"Nia.New@{org.Slug}.TEST", managerId = org["employee"], timeZone = "America/New_York",
            startDate = "2026-01-05", title = "Analyst",
        }), HttpStatusCode.Created);

        Assert.Equal("Nia New", created.GetProperty("name").GetString());
        Assert.Equal($"nia.new@{org.Slug}.test", created.GetProperty("email").GetString());
        Assert.Equal([org["ceo"], org["manager"], org["employee"]], created.GetProperty("chain").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        var id = created.GetProperty("id").GetGuid();
        Assert.True(await org.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PersonCreated && e.SubjectId == id)));
    }

    [Theory]
    [InlineData("""{"name":"","email":"x@example.com"}""", "Name")]
    [InlineData("""{"name":"Bad Email","email":"not-an-email"}""", "Email")]
    [InlineData("""{"name":"Bad Zone","email":"zone@example.com","timeZone":"Mars/Olympus"}""", "TimeZone")]
    [InlineData("""{"name":"Bad Date","email":"date@example.com","startDate":"1850-01-01"}""", "StartDate")]
    [InlineData("""{"name":"Ghost Manager","email":"ghost@example.com","managerId":"01a201d6-d74c-7d1e-ac81-fecb5a193268"}""", "ManagerId")]
    [InlineData("""{"name":"Ghost Team","email":"team@example.com","teamId":"01a201d6-d74c-7d1e-ac81-fecb5a193268"}""", "TeamId")]
    public async Task Create_BadField_422WithFieldError_NothingWritten(string body, string field)
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var before = await org.DbAsync(db => db.People.CountAsync());

        await ProblemAsync(await hr.PostAsync("/api/v1/people", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.UnprocessableEntity, field);

        Assert.Equal(before, await org.DbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Create_MalformedJson_400Problem()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var response = await hr.PostAsync("/api/v1/people", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_DuplicateEmail_422()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Copy", email = org.Email("peer").ToUpperInvariant() }),
            HttpStatusCode.UnprocessableEntity, "Email");
    }

    [Fact]
    public async Task Update_StaleVersion_409_AndTheNewerChangeStays()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["peer"]}"), HttpStatusCode.OK);
        var version = person.GetProperty("version").GetInt64();

        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org["peer"]}", Update(org, "peer", "First Edit", version)), HttpStatusCode.OK);
        await ProblemAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org["peer"]}", Update(org, "peer", "Second Edit", version)), HttpStatusCode.Conflict);

        Assert.Equal("First Edit", await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"]).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Update_ManagerCycle_422_NothingWritten()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var manager = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["manager"]}"), HttpStatusCode.OK);

        var response = await hr.PutAsJsonAsync($"/api/v1/people/{org["manager"]}", new
        {
            person = new { name = "Max Manager", email = org.Email("manager"), managerId = org["employee"] },
            version = manager.GetProperty("version").GetInt64(),
        });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "ManagerId");
        Assert.Contains("circle", problem.GetProperty("errors").GetProperty("ManagerId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(org["ceo"], await org.DbAsync(db => db.People.Where(p => p.Id == org["manager"]).Select(p => p.ManagerId).SingleAsync()));
    }

    [Fact]
    public async Task Update_NewManager_MovesTheWholeBranch()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var manager = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["manager"]}"), HttpStatusCode.OK);

        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org["manager"]}", new
        {
            person = new { name = "Max Manager", email = org.Email("manager"), managerId = org["otherManager"] },
            version = manager.GetProperty("version").GetInt64(),
        }), HttpStatusCode.OK);

        var employee = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["employee"]}"), HttpStatusCode.OK);
        Assert.Equal([org["ceo"], org["otherManager"], org["manager"]], employee.GetProperty("chain").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        var otherManager = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["otherManager"]}"), HttpStatusCode.OK);
        Assert.Equal(4, otherManager.GetProperty("peopleBelow").GetInt32());
    }

    [Fact]
    public async Task Roles_HrAdminWhoIsNotOrgAdmin_403()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await ProblemAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org["employee"]}/roles", new { hrAdmin = true, orgAdmin = true }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Roles_OrgAdminGrants_TakesEffectAndIsAudited()
    {
        var org = await NewOrgAsync();
        var ceo = await org.ApiAsync("ceo");
        var employee = await org.ApiAsync("employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/v1/audit")).StatusCode);

        var updated = await JsonAsync(await ceo.PutAsJsonAsync($"/api/v1/people/{org["employee"]}/roles", new { hrAdmin = true, orgAdmin = false }), HttpStatusCode.OK);

        Assert.Equal("HrAdmin", updated.GetProperty("roles").GetString());
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/api/v1/audit")).StatusCode);
        var audit = await org.DbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditActions.RolesChanged));
        Assert.Equal(org["ceo"], audit.ActorId);
        Assert.Equal(org["employee"], audit.SubjectId);
    }

    [Fact]
    public async Task Roles_RemovingTheLastOrgAdmin_422()
    {
        var org = await NewOrgAsync();
        var ceo = await org.ApiAsync("ceo");
        await ProblemAsync(await ceo.PutAsJsonAsync($"/api/v1/people/{org["ceo"]}/roles", new { hrAdmin = false, orgAdmin = false }),
            HttpStatusCode.UnprocessableEntity, "OrgAdmin");
    }

    [Fact]
    public async Task LastOrgAdmin_CannotBeMarkedAsLeft_AndHrCannotDeactivateAnOrgAdmin()
    {
        var org = await NewOrgAsync();
        await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Roles, Tandem.Security.OrgRoles.OrgAdmin | Tandem.Security.OrgRoles.HrAdmin)));
        var ceoRecord = await JsonAsync(await (await org.ApiAsync("hr")).GetAsync($"/api/v1/people/{org["ceo"]}"), HttpStatusCode.OK);
        object Left() => new
        {
            person = new { name = "Cara Executive", email = org.Email("ceo"), status = "Left" },
            version = ceoRecord.GetProperty("version").GetInt64(),
        };

        await ProblemAsync(await (await org.ApiAsync("hr")).PutAsJsonAsync($"/api/v1/people/{org["ceo"]}", Left()), HttpStatusCode.Forbidden);
        await ProblemAsync(await (await org.ApiAsync("ceo")).PutAsJsonAsync($"/api/v1/people/{org["ceo"]}", Left()), HttpStatusCode.UnprocessableEntity, "Status");
        Assert.Equal(Tandem.Features.People.PersonStatus.Active,
            await org.DbAsync(db => db.People.Where(p => p.Id == org["ceo"]).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Departments_DuplicateName_422_AndEmployeeCannotAdd()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await hr.PostAsJsonAsync("/api/v1/departments", new { name = "Research" }), HttpStatusCode.Created);

        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/departments", new { name = " Research " }), HttpStatusCode.UnprocessableEntity, "Name");
        await ProblemAsync(await employee.PostAsJsonAsync("/api/v1/departments", new { name = "Shadow IT" }), HttpStatusCode.Forbidden);
        var departments = await JsonAsync(await employee.GetAsync("/api/v1/departments"), HttpStatusCode.OK);
        Assert.Equal(["Research"], departments.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task OrgChart_TopLevelThenBranch_WithCounts()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");

        var top = await JsonAsync(await employee.GetAsync("/api/v1/org-chart"), HttpStatusCode.OK);
        var ceo = Assert.Single(top.GetProperty("items").EnumerateArray());
        Assert.Equal(3, ceo.GetProperty("directReports").GetInt32());
        Assert.Equal(6, ceo.GetProperty("peopleBelow").GetInt32());
        Assert.Equal(JsonValueKind.Null, top.GetProperty("next").ValueKind);

        // A level comes a page at a time, by name: the next page starts after the last name of this one.
        var first = await JsonAsync(await employee.GetAsync($"/api/v1/org-chart?managerId={org["manager"]}&limit=1"), HttpStatusCode.OK);
        Assert.Equal(["Emma Employee"], first.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var next = first.GetProperty("next").GetString();
        var second = await JsonAsync(await employee.GetAsync($"/api/v1/org-chart?managerId={org["manager"]}&limit=1&after={next}"), HttpStatusCode.OK);
        Assert.Equal(["Pat Peer"], second.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        await ProblemAsync(await employee.GetAsync("/api/v1/org-chart?after=not-a-cursor"), HttpStatusCode.BadRequest, "after");

        var search = await JsonAsync(await employee.GetAsync("/api/v1/org-chart/search?q=pat"), HttpStatusCode.OK);
        var match = Assert.Single(search.EnumerateArray());
        Assert.Equal(["Cara Executive", "Max Manager"], match.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    private static object Update(TestOrg org, string key, string title, long version) => new
    {
        person = new { name = org.Person(key).Name, email = org.Email(key), managerId = org.Person(key).ManagerId, title },
        version,
    };
}

public sealed class PeopleApiTests_Sqlite() : PeopleApiTests(TandemApp.Sqlite);

public sealed class PeopleApiTests_Postgres() : PeopleApiTests(TandemApp.Postgres);
