using System.Net;
using System.Net.Http.Json;
using System.Text;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Http;

/// <summary>Requests that can't be read or lack what they need answer problem details that name the field, never 500.</summary>
public abstract class BadInputTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("/api/v1/people?Limit=abc", "Limit", "a whole number")]
    [InlineData("/api/v1/people?Status=Bogus", "Status", "one of Active, OnLeave, Left")]
    [InlineData("/api/v1/people?ManagerId=not-an-id", "ManagerId", "an id")]
    [InlineData("/api/v1/org-chart/search?q=a%00b", "q", "NUL")]
    public async Task QueryValueThatCannotBeRead_400NamingIt(string url, string field, string explanation)
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("employee");

        var problem = await ProblemAsync(await client.GetAsync(url), HttpStatusCode.BadRequest, field);

        Assert.Contains(explanation, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportWithDryRunThatIsNotABoolean_400NamingIt()
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("hr");

        var response = await client.PostAsync("/api/v1/people/import?dryRun=abc", new StringContent("email,name\n", Encoding.UTF8, "text/csv"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "dryRun");
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    public async Task BodyThatIsNotTheExpectedJson_400(string body)
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("hr");

        var response = await client.PostAsync("/api/v1/departments", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.BadRequest, "body");
    }

    [Fact]
    public async Task UnknownEnumValueInBody_400NamingTheField()
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("manager");

        var response = await client.PostAsJsonAsync("/api/v1/one-on-ones", new
        {
            withPersonId = org["employee"], cadence = "Fortnightly", weekday = "Tuesday", localTime = "10:00:00",
        });

        await ProblemAsync(response, HttpStatusCode.BadRequest, "Cadence");
    }

    [Fact]
    public async Task NestedRequiredObjectNull_422NamingIt()
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("hr");
        var person = await JsonAsync(await client.GetAsync($"/api/v1/people/{org["employee"]}"), HttpStatusCode.OK);

        var response = await client.PutAsJsonAsync($"/api/v1/people/{org["employee"]}",
            new { person = (object?)null, version = person.GetProperty("version").GetInt64() });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Person");
    }

    [Fact]
    public async Task NullListItem_422NamingIt()
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("hr");

        var response = await client.PostAsJsonAsync("/api/v1/role-profiles", new { name = "Engineer", requirements = new object?[] { null } });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Requirements[0]");
    }

    [Fact]
    public async Task RejectedImport_422ProblemDetailsWithTheRowErrors()
    {
        var org = await NewOrgAsync();
        var client = await org.ApiAsync("hr");

        var response = await client.PostAsync("/api/v1/people/import?dryRun=true", new StringContent("name\nAda\n", Encoding.UTF8, "text/csv"));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.NotEqual(0, problem.GetProperty("errors").GetArrayLength());
        Assert.False(problem.GetProperty("applied").GetBoolean());
    }
}

public sealed class BadInputTests_Sqlite() : BadInputTests(TandemApp.Sqlite);

public sealed class BadInputTests_Postgres() : BadInputTests(TandemApp.Postgres);
