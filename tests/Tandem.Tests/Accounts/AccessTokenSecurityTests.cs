using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Feedback;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Accounts;

/// <summary>
/// Personal access tokens: made on the account page with the password, for at most a year, with a scope; a
/// password change revokes them and ends every other session and bearer token.
/// </summary>
public abstract class AccessTokenSecurityTests(TandemApp app) : AppTest(app)
{
    private const string NewPassword = "a completely different passphrase";
    /// <summary>Where the account page shows a new token's secret.</summary>
    private const string Secret = "<code class=\"secret\">tdm_";

    [Fact]
    public async Task PasswordChange_RevokesTokens_AndEndsEveryOtherSessionAndBearerToken()
    {
        var org = await NewOrgAsync();
        var token = await org.AccessTokenAsync("employee");
        using var anonymous = App.CreateClient();
        var login = await JsonAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = TestOrg.Password }),
            HttpStatusCode.OK);
        using var laptop = await org.PagesAsync("employee");
        using var phone = await org.PagesAsync("employee");

        var changed = await laptop.PostFormAsync("/account", "change-password", new()
        {
            ["Password.CurrentPassword"] = TestOrg.Password, ["Password.NewPassword"] = NewPassword,
        });
        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(token).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(login.GetProperty("accessToken").GetString()!).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh",
            new { refreshToken = login.GetProperty("refreshToken").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/account")).StatusCode);
        // The device that changed it stays signed in.
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/account")).StatusCode);
        Assert.True(await org.DbAsync(db => db.AccessTokens.AllAsync(t => t.RevokedAt != null)));
    }

    [Fact]
    public async Task CreateToken_WithoutExpiry_OrLongerThanAYear_IsRefused()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var never = await CreateOnPageAsync(pages, "Forever", days: "", password: TestOrg.Password);
        var tooLong = await CreateOnPageAsync(pages, "Two years", days: "730", password: TestOrg.Password);

        Assert.DoesNotContain(Secret, never, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, tooLong, StringComparison.Ordinal);
        Assert.Contains("Choose when the token expires", never, StringComparison.Ordinal);
        Assert.Contains("Choose between 1 and 365 days", tooLong, StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task CreateToken_WithoutTheRightPassword_IsRefused_AndCountsTowardsLockout()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var html = await CreateOnPageAsync(pages, "Script", days: "30", password: "not my password at all");

        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.Contains("not your current password", html, StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.AccessTokens.CountAsync()));
        Assert.Equal(1, await org.DbAsync(db => db.Users.Where(u => u.OrganizationId == org.Id && u.PersonId == org["employee"])
            .Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task ReadToken_Reads_ButChangesNothing()
    {
        var org = await NewOrgAsync();
        using var script = Bearer(await org.AccessTokenAsync("employee", "Read"));

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/me")).StatusCode);
        await ProblemAsync(await script.PostAsJsonAsync("/api/v1/feedback", Praise(org, "peer")), HttpStatusCode.Forbidden);
        await ProblemAsync(await script.DeleteAsync($"/api/v1/goals/{Guid.NewGuid()}"), HttpStatusCode.Forbidden);

        Assert.Equal(0, await org.DbAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public async Task WriteToken_Changes_ButCannotUseAdminRights()
    {
        var org = await NewOrgAsync();
        var hidden = await org.GiveAsync("peer", "employee", visibility: "ToPersonAndManager", kind: "Constructive");
        using var script = Bearer(await org.AccessTokenAsync("hr", "Write"));

        await JsonAsync(await script.PostAsJsonAsync("/api/v1/feedback", Praise(org, "peer")), HttpStatusCode.Created);
        await ProblemAsync(await script.GetAsync("/api/v1/audit"), HttpStatusCode.Forbidden);
        await ProblemAsync(await script.GetAsync("/api/v1/people/export"), HttpStatusCode.Forbidden);
        await ProblemAsync(await script.PostAsJsonAsync("/api/v1/departments", new { name = "Research" }), HttpStatusCode.Forbidden);
        // The token acts as a member without the HR admin role, in the services too, not only at the endpoint's policy.
        var me = await JsonAsync(await script.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Equal("None", me.GetProperty("roles").GetString());
        Assert.NotEqual(HttpStatusCode.OK, (await script.GetAsync($"/api/v1/feedback/{hidden.GetProperty("id")}")).StatusCode);
    }

    [Fact]
    public async Task AdminToken_UsesTheirAdminRights()
    {
        var org = await NewOrgAsync();
        using var script = Bearer(await org.AccessTokenAsync("hr", "Admin"));

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsJsonAsync("/api/v1/departments", new { name = "Research" })).StatusCode);
    }

    private static object Praise(TestOrg org, string receiver) => new
    {
        receiverId = org[receiver], kind = "Praise", visibility = "ToPerson",
        text = "Your summary in the planning meeting on Tuesday made the trade-offs clear.",
    };

    private static async Task<string> CreateOnPageAsync(PageClient pages, string name, string days, string password)
    {
        var response = await pages.PostFormAsync("/account", "create-token", new()
        {
            ["NewToken.Name"] = name, ["NewToken.ExpiresInDays"] = days, ["NewToken.Scope"] = "Read", ["NewToken.CurrentPassword"] = password,
        });
        return await response.Content.ReadAsStringAsync();
    }

    private HttpClient Bearer(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class AccessTokenSecurityTests_Sqlite() : AccessTokenSecurityTests(TandemApp.Sqlite);

public sealed class AccessTokenSecurityTests_Postgres() : AccessTokenSecurityTests(TandemApp.Postgres);
