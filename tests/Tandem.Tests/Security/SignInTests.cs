using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

public abstract class SignInTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Login_RightPassword_ReturnsBearerAndRefreshTokens_AndIsAudited()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();

        var tokens = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = TestOrg.Password }), HttpStatusCode.OK);

        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));
        var actions = await org.DbAsync(db => db.AuditEvents.Where(e => e.ActorId == org["employee"]).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.SignInSucceeded, actions);
    }

    [Fact]
    public async Task Login_WrongPassword_401Problem_AndIsAudited()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = "not the password at all" });

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        var actions = await org.DbAsync(db => db.AuditEvents.Where(e => e.SubjectId == org["employee"]).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.SignInFailed, actions);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = $"wrong guess number {i}" });

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = TestOrg.Password });

        // The answer is the one for any failure (SignInEnumerationTests); the audit log says what happened.
        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(Tandem.Features.Accounts.SignInService.FailedMessage, problem.GetProperty("detail").GetString());
        var actions = await org.DbAsync(db => db.AuditEvents.Where(e => e.SubjectId == org["peer"]).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.SignInLockedOut, actions);
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_ReturnsNewAccessToken()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();
        var tokens = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = TestOrg.Password }), HttpStatusCode.OK);

        var refreshed = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());

        var me = await JsonAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Equal(org["employee"], me.GetProperty("personId").GetGuid());
    }

    [Fact]
    public async Task Refresh_Garbage_401()
    {
        using var client = App.CreateClient();
        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PersonWhoLeft_CannotSignIn_AndTheirTokenStopsWorking()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        var hr = await org.ApiAsync("hr");
        var person = await JsonAsync(await hr.GetAsync($"/api/v1/people/{org["employee"]}"), HttpStatusCode.OK);

        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/people/{org["employee"]}", new
        {
            person = new { name = "Emma Employee", email = org.Email("employee"), managerId = org["manager"], status = "Left" },
            version = person.GetProperty("version").GetInt64(),
        }), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/v1/me")).StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = TestOrg.Password })).StatusCode);
    }

    [Fact]
    public async Task SameEmail_InTwoOrganisations_EachPasswordOpensItsOwnAccount_AndNeitherLeaksTheOther()
    {
        var first = await NewOrgAsync();
        var second = await NewOrgAsync();
        var email = first.Email("employee");
        var hr = await second.ApiAsync("hr");

        // The second organisation adds someone with the same email: no error reveals the first's account.
        var created = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Twin", email }), HttpStatusCode.Created);
        var link = await JsonAsync(await hr.PostAsync($"/api/v1/people/{created.GetProperty("id")}/invitation", null), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/invitations/accept",
            new { token = link.GetProperty("url").GetString()!.Split("/invite/")[1], password = "the second organisation's passphrase" })).StatusCode);

        var intoFirst = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password }), HttpStatusCode.OK);
        var intoSecond = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "the second organisation's passphrase" }), HttpStatusCode.OK);

        Assert.Equal(first.Id, await OrganizationOfAsync(intoFirst));
        Assert.Equal(second.Id, await OrganizationOfAsync(intoSecond));
    }

    private async Task<Guid> OrganizationOfAsync(System.Text.Json.JsonElement tokens)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return (await JsonAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("organizationId").GetGuid();
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRejected()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        Assert.Equal(HttpStatusCode.BadRequest, (await pages.PostWithoutTokenAsync("/account/logout", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task Api_WithoutCredentials_401Problem()
    {
        using var client = App.CreateClient();
        await ProblemAsync(await client.GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_AdminRouteAsEmployee_403Problem()
    {
        var org = await NewOrgAsync();
        var employee = await org.ApiAsync("employee");
        await ProblemAsync(await employee.GetAsync("/api/v1/audit"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SignInPage_SetsHostPrefixedSecureHttpOnlyLaxCookie()
    {
        var org = await NewOrgAsync();
        using var pages = PageClient.Create(App);

        var response = await pages.PostFormAsync("/account/login", "login",
            new() { ["Input.Email"] = org.Email("employee"), ["Input.Password"] = TestOrg.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Tandem=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WrongPassword_ShowsMessageAndKeepsEmail()
    {
        var org = await NewOrgAsync();
        using var pages = PageClient.Create(App);

        var response = await pages.PostFormAsync("/account/login", "login",
            new() { ["Input.Email"] = org.Email("employee"), ["Input.Password"] = "a wrong password" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("don&#x27;t match an active account", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{org.Email("employee")}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("a wrong password", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejected()
    {
        var org = await NewOrgAsync();
        using var pages = PageClient.Create(App);

        var response = await pages.PostWithoutTokenAsync("/account/login",
            new() { ["_handler"] = "login", ["Input.Email"] = org.Email("employee"), ["Input.Password"] = TestOrg.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-Tandem=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryResponse_CarriesSecurityHeaders()
    {
        using var client = App.CreateClient();

        var response = await client.GetAsync("/account/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        // Outside Development, over HTTPS, browsers are told to stay on HTTPS.
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }
}

public sealed class SignInTests_Sqlite() : SignInTests(TandemApp.Sqlite);

public sealed class SignInTests_Postgres() : SignInTests(TandemApp.Postgres);
