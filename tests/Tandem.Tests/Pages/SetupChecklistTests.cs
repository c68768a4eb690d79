using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Features.Accounts;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Pages;

/// <summary>The first-run checklist on an HR admin's home page: each item ticks itself off from the data.</summary>
public abstract partial class SetupChecklistTests(TandemApp app) : AppTest(app)
{
    private const string Password = "a sunny walk by the river";

    [Fact]
    public async Task NewOrganisation_ShowsEveryItemOpen_AndEachTicksOff_UntilTheChecklistGoes()
    {
        var (email, adminId) = await CreateOrganizationAsync();
        using var pages = PageClient.Create(App);
        await pages.SignInAsync(email, Password);
        var api = await ApiAsync(email);

        var fresh = await pages.GetHtmlAsync("/");
        Assert.Contains("0 of 5 done", fresh, StringComparison.Ordinal);
        Assert.Equal(5, ToDo().Count(fresh));
        Assert.Contains("href=\"/admin/import\">Import your people", fresh, StringComparison.Ordinal);

        var manager = await CreatedIdAsync(api, "/api/v1/people", new { name = "Mo Manager", email = "mo@" + email.Split('@')[1], managerId = adminId });
        await CreatedIdAsync(api, "/api/v1/people", new { name = "Ed Employee", email = "ed@" + email.Split('@')[1], managerId = manager });
        await CreatedIdAsync(api, "/api/v1/values", new { name = "Candour" });
        var period = (await JsonAsync(await api.GetAsync("/api/v1/goal-periods"), HttpStatusCode.OK))[0].GetProperty("id").GetGuid();
        await JsonAsync(await api.PostAsJsonAsync("/api/v1/goals", new { title = "Ship the first release", periodId = period }), HttpStatusCode.Created);
        await CreatedIdAsync(api, "/api/v1/meeting-templates", new { name = "Weekly", sections = new[] { new { title = "Wins", minutes = 5 } } });

        var almost = await pages.GetHtmlAsync("/");
        Assert.Contains("4 of 5 done", almost, StringComparison.Ordinal);
        Assert.Equal(4, Done().Count(almost));
        Assert.Matches("To do</span>\\s*<div>\\s*<a href=\"/admin/invitations\">Invite your managers", almost);

        var link = await JsonAsync(await api.PostAsync($"/api/v1/people/{manager}/invitation", null), HttpStatusCode.OK);
        await AcceptAsync(link.GetProperty("url").GetString()!);

        Assert.DoesNotContain("setup-heading", await pages.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("manager")]
    [InlineData("ceo")]
    public async Task PeopleWhoAreNotHrAdmins_NeverSeeIt(string who)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync(who);

        Assert.DoesNotContain("setup-heading", await pages.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HrAdmin_OfAnOrganisationWithPeopleAndManagers_SeesThoseDone()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");

        var html = await pages.GetHtmlAsync("/");

        Assert.Contains("2 of 5 done", html, StringComparison.Ordinal);
        Assert.Matches("Done</span>\\s*<div>\\s*<a href=\"/admin/import\">", html);
        Assert.Matches("Done</span>\\s*<div>\\s*<a href=\"/admin/invitations\">", html);
    }

    /// <summary>An organisation as the create-organization command makes it, its admin signed up through the invitation.</summary>
    private async Task<(string Email, Guid AdminId)> CreateOrganizationAsync()
    {
        var name = "Setup " + Guid.NewGuid().ToString("N")[..10];
        var email = $"ada@{name.Replace(' ', '-').ToLowerInvariant()}.test";
        InvitationLink link;
        await using (var scope = App.Scope())
            (_, link) = await scope.ServiceProvider.GetRequiredService<OrganizationSetup>().CreateAsync(name, email, "Ada Admin", default);
        await AcceptAsync(link.Url);
        return (email, link.PersonId);
    }

    private async Task AcceptAsync(string url)
    {
        using var anonymous = App.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token = url.Split("/invite/")[1], password = Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task<HttpClient> ApiAsync(string email)
    {
        using var anonymous = App.CreateClient();
        var login = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }), HttpStatusCode.OK);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<Guid> CreatedIdAsync(HttpClient api, string url, object body) =>
        (await JsonAsync(await api.PostAsJsonAsync(url, body), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [GeneratedRegex("<span class=\"badge\">To do</span>")]
    private static partial Regex ToDo();

    [GeneratedRegex("<span class=\"badge good\">Done</span>")]
    private static partial Regex Done();
}

public sealed class SetupChecklistTests_Sqlite() : SetupChecklistTests(TandemApp.Sqlite);

public sealed class SetupChecklistTests_Postgres() : SetupChecklistTests(TandemApp.Postgres);
