using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// Which credential works where: tokens (personal access tokens and Identity bearer tokens) on the API only, the
/// sign-in cookie on pages and for reading the API, never for changes through the API (decision 011).
/// </summary>
public abstract class TokenBoundaryTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task AccountPage_WithPersonalAccessToken_IsNotSignedIn()
    {
        var org = await NewOrgAsync();
        var token = await org.AccessTokenAsync("employee");
        using var script = PageClient.Create(App, token);

        var response = await script.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_WithIdentityBearerToken_AreNotSignedIn()
    {
        var org = await NewOrgAsync();
        var api = await org.ApiAsync("hr");
        using var script = PageClient.Create(App, api.DefaultRequestHeaders.Authorization!.Parameter);

        Assert.Equal(HttpStatusCode.Redirect, (await script.GetAsync("/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await script.GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task AccountPage_CreateTokenWithPersonalAccessToken_CreatesNothing()
    {
        var org = await NewOrgAsync();
        var token = await org.AccessTokenAsync("employee");
        using var script = PageClient.Create(App, token);

        // A leaked token must not mint a successor through the page: the page does not know it, so there is no form to post.
        var page = await script.GetAsync("/account");
        if (page.StatusCode == HttpStatusCode.OK)
        {
            await script.PostFormAsync("/account", "create-token", new()
            {
                ["NewToken.Name"] = "Successor", ["NewToken.ExpiresInDays"] = "365", ["NewToken.Scope"] = "Write",
            });
        }

        Assert.Equal(1, await org.DbAsync(db => db.AccessTokens.CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task CookieSession_UnsafeApiRequests_401_AndChangeNothing()
    {
        var org = await NewOrgAsync();
        using var hr = await org.PagesAsync("hr");
        var people = await org.DbAsync(db => db.People.CountAsync());

        // SameSite=Lax lets a page on a sibling subdomain (same site) post with the cookie; a body-less POST is a simple
        // request that no CORS preflight stops.
        var import = await hr.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/people/import")
        {
            Content = new StringContent($"email,name\nzed@{org.Slug}.test,Zed Forged\n", Encoding.UTF8, "text/csv"),
        });
        var invitation = await hr.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{org["employee"]}/invitation"));
        var delete = await hr.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/goals/{Guid.NewGuid()}"));

        await ProblemAsync(import, HttpStatusCode.Unauthorized);
        await ProblemAsync(invitation, HttpStatusCode.Unauthorized);
        await ProblemAsync(delete, HttpStatusCode.Unauthorized);
        Assert.Equal(people, await org.DbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task CookieSession_ReadsTheApi_AsThePagesLinksDo()
    {
        var org = await NewOrgAsync();
        using var hr = await org.PagesAsync("hr");

        // The people and import pages link to the CSV export.
        var export = await hr.GetAsync("/api/v1/people/export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BearerToken_UnsafeApiRequest_StillWorks_WithOrWithoutACookie()
    {
        var org = await NewOrgAsync();
        using var hr = await org.PagesAsync("hr");
        var api = await org.ApiAsync("hr");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/departments") { Content = JsonContent("{\"name\":\"Research\"}") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.DefaultRequestHeaders.Authorization!.Parameter);

        Assert.Equal(HttpStatusCode.Created, (await hr.SendAsync(request)).StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class TokenBoundaryTests_Sqlite() : TokenBoundaryTests(TandemApp.Sqlite);

public sealed class TokenBoundaryTests_Postgres() : TokenBoundaryTests(TandemApp.Postgres);
