using System.Net;
using System.Net.Http.Json;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Pages;

/// <summary>The server-rendered pages, as a browser without JavaScript sees them.</summary>
public abstract class PageTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn_WithTheReturnAddress()
    {
        using var pages = PageClient.Create(App);
        var response = await pages.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fpeople", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("employee", false, false)]
    [InlineData("hr", true, false)]
    [InlineData("ceo", false, true)]
    public async Task Navigation_ShowsOnlyTheAreasTheRoleMayUse(string who, bool hrLinks, bool orgAdminLinks)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync(who);

        var html = await pages.GetHtmlAsync("/");

        Assert.Contains("href=\"/org\"", html, StringComparison.Ordinal);
        Assert.Equal(hrLinks, html.Contains("href=\"/admin/import\"", StringComparison.Ordinal));
        Assert.Equal(orgAdminLinks, html.Contains("href=\"/admin/organization\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/admin/import")]
    [InlineData("/admin/departments")]
    [InlineData("/admin/organization")]
    [InlineData("/admin/audit")]
    [InlineData("/people/new")]
    public async Task AdminPages_AsEmployee_AccessDenied(string url)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feedback/give?to=not-an-id")]
    [InlineData("/people/{employee}/plan?capability=not-an-id")]
    public async Task QueryValueOfTheWrongType_400Page_Not500(string url)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.GetAsync(url.Replace("{employee}", org["employee"].ToString(), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A value in the address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPages_OfSomethingTheViewerMayNotChange_404Page_Not500()
    {
        var org = await NewOrgAsync();
        var series = (await org.CreateSeriesAsync("manager", "employee")).Id();
        var template = (await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync("/api/v1/meeting-templates",
            new { name = "Ours", sections = new[] { new { title = "Wins", minutes = 5 } } }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var otherManager = await org.PagesAsync("otherManager");
        using var hr = await org.PagesAsync("hr");

        // Someone else's 1:1, a template another manager keeps, a role profile of no one's.
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/one-on-ones/{series}/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/one-on-ones/templates/{template}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"/development/profiles/{Guid.CreateVersion7()}")).StatusCode);
    }

    [Fact]
    public async Task Profile_ShowsReportingLineAndReports()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var html = await pages.GetHtmlAsync($"/people/{org["manager"]}");

        Assert.Contains("Max Manager", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{org["ceo"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("Emma Employee", html, StringComparison.Ordinal);
        Assert.Contains("Pat Peer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Create invitation link", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonForm_BadInput_ShowsErrorsNextToFields_AndKeepsWhatWasTyped()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");

        var response = await pages.PostFormAsync("/people/new", "person", new()
        {
            ["Input.Name"] = "Typed Name",
            ["Input.Email"] = "typed-but-not-an-email",
            ["Input.Title"] = "Typed Title",
            ["Input.TimeZone"] = "Mars/Olympus",
            ["Input.Status"] = "Active",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("Use a time zone name such as Europe/Berlin", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed Name\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed Title\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/new")]
    [InlineData("/admin/departments")]
    [InlineData("/admin/organization")]
    [InlineData("/account")]
    public async Task Forms_BeforeAnySubmit_ShowNoErrors(string url)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("ceo");
        await org.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.People.Where(p => p.Id == org["ceo"]), s => s.SetProperty(p => p.Roles, Tandem.Security.OrgRoles.HrAdmin | Tandem.Security.OrgRoles.OrgAdmin)));

        var html = await pages.GetHtmlAsync(url);

        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("validation-message", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonForm_Valid_CreatesAndGoesToTheProfile()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");

        var response = await pages.PostFormAsync("/people/new", "person", new()
        {
            ["Input.Name"] = "Fresh Face",
            ["Input.Email"] = $"fresh@{org.Slug}.test",
            ["Input.ManagerEmail"] = org.Email("manager"),
            ["Input.Status"] = "Active",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await pages.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Fresh Face", profile, StringComparison.Ordinal);
        Assert.Contains("Max Manager", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrgChart_ShowsTheTreeAndFindsPeople()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var tree = await pages.GetHtmlAsync("/org");
        Assert.Contains("Cara Executive", tree, StringComparison.Ordinal);
        Assert.Contains("Emma Employee", tree, StringComparison.Ordinal);

        var search = await pages.GetHtmlAsync("/org?q=omar");
        Assert.Contains("Omar Other", search, StringComparison.Ordinal);
        Assert.Contains("Olga Othermanager", search, StringComparison.Ordinal); // the path to Omar
        Assert.DoesNotContain("Pat Peer", search, StringComparison.Ordinal);

        var branch = await pages.GetHtmlAsync($"/org/branches/{org["manager"]}");
        Assert.Contains("Pat Peer", branch, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", branch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountPage_CreatesATokenAndShowsItOnce()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var created = await (await pages.PostFormAsync("/account", "create-token", new()
        {
            ["NewToken.Name"] = "My laptop", ["NewToken.ExpiresInDays"] = "90", ["NewToken.Scope"] = "Read", ["NewToken.CurrentPassword"] = TestOrg.Password,
        })).Content.ReadAsStringAsync();
        Assert.Contains("Copy your new token now", created, StringComparison.Ordinal);
        Assert.Contains("tdm_", created, StringComparison.Ordinal);

        var later = await pages.GetHtmlAsync("/account");
        Assert.Contains("My laptop", later, StringComparison.Ordinal);
        Assert.DoesNotContain("Copy your new token now", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var signOut = await pages.PostFormAsync("/account", "", new() { ["reason"] = "test" }, action: "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.GetAsync("/people")).StatusCode);
    }
}

public sealed class PageTests_Sqlite() : PageTests(TandemApp.Sqlite);

public sealed class PageTests_Postgres() : PageTests(TandemApp.Postgres);
