using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Accounts;

public abstract class InvitationTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Invitation_SetsPasswordOnce_ThenThePersonCanSignIn()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Ines Invited", email = $"ines@{org.Slug}.test", managerId = org["manager"] }), HttpStatusCode.Created);
        var link = await JsonAsync(await hr.PostAsync($"/api/v1/people/{person.GetProperty("id")}/invitation", null), HttpStatusCode.OK);
        var token = link.GetProperty("url").GetString()!.Split("/invite/")[1];
        using var anonymous = App.CreateClient();

        await ProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = "password1234" }),
            HttpStatusCode.UnprocessableEntity, "Password");
        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = "a sunny walk by the river" })).StatusCode);
        await ProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = "another sunny walk here" }),
            HttpStatusCode.NotFound);

        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = $"ines@{org.Slug}.test", password = "a sunny walk by the river" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.True(await org.DbAsync(db => db.Invitations.AnyAsync(i => i.AcceptedAt != null)));
    }

    [Fact]
    public async Task Invitation_ForSomeoneWithAnAccount_409()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await ProblemAsync(await hr.PostAsync($"/api/v1/people/{org["employee"]}/invitation", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Invitation_ReissuedLink_OldOneStopsWorking()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Rita Reissue", email = $"rita@{org.Slug}.test" }), HttpStatusCode.Created);
        var first = await JsonAsync(await hr.PostAsync($"/api/v1/people/{person.GetProperty("id")}/invitation", null), HttpStatusCode.OK);
        await JsonAsync(await hr.PostAsync($"/api/v1/people/{person.GetProperty("id")}/invitation", null), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/v1/invitations/accept",
            new { token = first.GetProperty("url").GetString()!.Split("/invite/")[1], password = "a sunny walk by the river" });

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invitation_ForAnAdminWithoutAccount_OnlyAnOrgAdminMayIssueIt()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var ceo = await org.ApiAsync("ceo");
        var person = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Ava Admin", email = $"ava@{org.Slug}.test" }), HttpStatusCode.Created);
        var id = person.GetProperty("id").GetGuid();
        await JsonAsync(await ceo.PutAsJsonAsync($"/api/v1/people/{id}/roles", new { hrAdmin = true, orgAdmin = false }), HttpStatusCode.OK);

        await ProblemAsync(await hr.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.Forbidden);
        await JsonAsync(await ceo.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Invitation_HeldByHr_ForSomeoneLaterMadeOrgAdmin_StopsWorking()
    {
        var org = await NewOrgAsync();
        var (id, token) = await InvitedAsync(org, "Olli Later-Admin");
        await JsonAsync(await (await org.ApiAsync("ceo")).PutAsJsonAsync($"/api/v1/people/{id}/roles", new { hrAdmin = false, orgAdmin = true }), HttpStatusCode.OK);

        await ProblemAsync(await AcceptAsync(token), HttpStatusCode.NotFound);
        Assert.False(await org.DbAsync(db => db.Users.AnyAsync(u => u.OrganizationId == org.Id && u.PersonId == id)));
        using var pages = PageClient.Create(App);
        Assert.Contains("This link doesn", await pages.GetHtmlAsync($"/invite/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_EmailChangedAfterIssue_StopsWorking()
    {
        var org = await NewOrgAsync();
        var (id, token) = await InvitedAsync(org, "Eli Renamed");
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.GetAsync($"/api/v1/people/{id}"), HttpStatusCode.OK);
        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/people/{id}", new
        {
            person = new { name = "Eli Renamed", email = $"eli.new@{org.Slug}.test" },
            version = person.GetProperty("version").GetInt64(),
        }), HttpStatusCode.OK);

        await ProblemAsync(await AcceptAsync(token), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invitation_WhoseIssuerMayNoLongerInvite_StopsWorking()
    {
        var org = await NewOrgAsync();
        var (_, token) = await InvitedAsync(org, "Ira Orphaned");
        // The HR admin who issued the link is no longer one: acceptance checks the issuer's rights as they are now.
        await JsonAsync(await (await org.ApiAsync("ceo")).PutAsJsonAsync($"/api/v1/people/{org["hr"]}/roles", new { hrAdmin = false, orgAdmin = false }),
            HttpStatusCode.OK);

        await ProblemAsync(await AcceptAsync(token), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invitation_IssuedByOrgAdmin_ForAnAdmin_StillWorks()
    {
        var org = await NewOrgAsync();
        var ceo = await org.ApiAsync("ceo");
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Ada Admin", email = $"ada@{org.Slug}.test" }), HttpStatusCode.Created);
        var id = person.GetProperty("id").GetGuid();
        await JsonAsync(await ceo.PutAsJsonAsync($"/api/v1/people/{id}/roles", new { hrAdmin = true, orgAdmin = true }), HttpStatusCode.OK);
        var link = await JsonAsync(await ceo.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await AcceptAsync(link.GetProperty("url").GetString()!.Split("/invite/")[1])).StatusCode);
    }

    private static async Task<(Guid Id, string Token)> InvitedAsync(TestOrg org, string name)
    {
        var hr = await org.ApiAsync("hr");
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@{org.Slug}.test";
        var person = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name, email }), HttpStatusCode.Created);
        var id = person.GetProperty("id").GetGuid();
        var link = await JsonAsync(await hr.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.OK);
        return (id, link.GetProperty("url").GetString()!.Split("/invite/")[1]);
    }

    private async Task<HttpResponseMessage> AcceptAsync(string token)
    {
        using var anonymous = App.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = "a sunny walk by the river" });
    }

    [Fact]
    public async Task InvitationPage_UnknownToken_SaysTheLinkDoesNotWork()
    {
        using var pages = PageClient.Create(App);
        var html = await pages.GetHtmlAsync("/invite/not-a-real-token");
        Assert.Contains("This link doesn", html, StringComparison.Ordinal);
    }
}

public sealed class InvitationTests_Sqlite() : InvitationTests(TandemApp.Sqlite);

public sealed class InvitationTests_Postgres() : InvitationTests(TandemApp.Postgres);
