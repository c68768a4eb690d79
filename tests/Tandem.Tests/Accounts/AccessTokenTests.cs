using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Accounts;

public abstract class AccessTokenTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task PersonalAccessToken_WorksUntilRevoked_AndIsStoredOnlyAsHash()
    {
        var org = await NewOrgAsync();
        var secret = await org.AccessTokenAsync("employee", name: "Export script");
        Assert.StartsWith("tdm_", secret, StringComparison.Ordinal);

        using var script = Bearer(secret);
        var me = await JsonAsync(await script.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Equal(org["employee"], me.GetProperty("personId").GetGuid());

        var stored = await org.DbAsync(db => db.AccessTokens.SingleAsync());
        Assert.NotEqual(secret, stored.TokenHash);
        Assert.DoesNotContain(secret[10..], stored.TokenHash + stored.Hint, StringComparison.Ordinal);
        var listed = await (await (await org.ApiAsync("employee")).GetAsync("/api/v1/me/tokens")).Content.ReadAsStringAsync();
        Assert.Contains("\"scope\":\"Write\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);

        using var pages = await org.PagesAsync("employee");
        Assert.Equal(HttpStatusCode.OK, (await pages.PostFormAsync("/account", $"revoke-{stored.Id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task RevokeToken_OfSomeoneElse_RevokesNothing()
    {
        var org = await NewOrgAsync();
        await org.AccessTokenAsync("employee", name: "Mine");
        var id = await org.DbAsync(db => db.AccessTokens.Select(t => t.Id).SingleAsync());

        using var peer = await org.PagesAsync("peer");
        await peer.PostFormAsync("/account", $"revoke-{id}", []);

        Assert.Null(await org.DbAsync(db => db.AccessTokens.Where(t => t.Id == id).Select(t => t.RevokedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("", "30", "Give the token a name")]
    [InlineData("Too long expiry", "500", "Choose between 1 and 365 days")]
    [InlineData("Zero days", "0", "Choose between 1 and 365 days")]
    public async Task CreateToken_BadInput_SaysWhyAtTheField_NothingWritten(string name, string days, string message)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.PostFormAsync("/account", "create-token", new()
        {
            ["NewToken.Name"] = name, ["NewToken.ExpiresInDays"] = days, ["NewToken.Scope"] = "Read", ["NewToken.CurrentPassword"] = TestOrg.Password,
        });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task CreateToken_AdminScope_OnlyForAdmins()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("employee");

        var response = await pages.PostFormAsync("/account", "create-token", new()
        {
            ["NewToken.Name"] = "Climber", ["NewToken.ExpiresInDays"] = "30", ["NewToken.Scope"] = "Admin", ["NewToken.CurrentPassword"] = TestOrg.Password,
        });

        Assert.Contains("Only HR and org admins can create admin tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await org.DbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task Api_CannotCreateOrRevokeTokens_WithAnyToken()
    {
        var org = await NewOrgAsync();
        var secret = await org.AccessTokenAsync("employee", "Write", "Script");
        var id = await org.DbAsync(db => db.AccessTokens.Select(t => t.Id).SingleAsync());

        // Neither a personal access token nor a bearer token (refreshable for two weeks without a password) mints tokens.
        foreach (var client in new[] { Bearer(secret), await org.ApiAsync("employee") })
        {
            using (client)
            {
                Assert.False((await client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Forever" })).IsSuccessStatusCode);
                Assert.False((await client.DeleteAsync($"/api/v1/me/tokens/{id}")).IsSuccessStatusCode);
            }
        }

        Assert.Equal(1, await org.DbAsync(db => db.AccessTokens.CountAsync(t => t.RevokedAt == null)));
    }

    [Fact]
    public async Task ExpiredToken_401()
    {
        var org = await NewOrgAsync();
        using var script = Bearer(await org.AccessTokenAsync("employee"));
        await org.DbAsync(db => db.AccessTokens.ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task UnknownToken_401()
    {
        using var client = Bearer("tdm_thisTokenWasNeverIssued");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class AccessTokenTests_Sqlite() : AccessTokenTests(TandemApp.Sqlite);

public sealed class AccessTokenTests_Postgres() : AccessTokenTests(TandemApp.Postgres);
