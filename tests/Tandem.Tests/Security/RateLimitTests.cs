using System.Net;
using System.Net.Http.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>Sign-in attempts are limited per client address; the limit is a setting, so this host lowers it.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly TandemApp _app = TandemApp.StartSeparate(new() { ["RateLimits:SignInPerMinute"] = "3" });

    [Fact]
    public async Task SignInAttempts_OverTheLimit_429ProblemWithRetryAfter()
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.com", password = "wrong password here" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.com", password = "wrong password here" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
        // Reading is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task SignInPage_EverySpellingOfTheAddress_SharesOneLimit()
    {
        using var pages = PageClient.Create(_app);
        string[] spellings = ["/account/login", "/Account/Login", "/account/login/"];
        var statuses = new List<HttpStatusCode>();
        foreach (var url in spellings.Concat(spellings))
        {
            var response = await pages.PostFormAsync("/account/login", "login",
                new() { ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "wrong password here" }, action: url);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>Sign-in attempts are also limited per email attempted, from any number of addresses.</summary>
public sealed class SignInPerEmailLimitTests : IDisposable
{
    private readonly TandemApp _app = TandemApp.StartSeparate(new()
    {
        ["RateLimits:SignInPerMinute"] = "100",
        ["RateLimits:SignInPerEmailPerMinute"] = "3",
    });

    [Fact]
    public async Task SignInAttempts_ForOneEmail_OverTheLimit_429Problem_OtherEmailsStillTried()
    {
        using var client = _app.CreateClient();
        // One email however it is spelled: case and spaces do not make another.
        foreach (var email in new[] { "target@example.com", "TARGET@example.com", " target@example.com " })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password here" })).StatusCode);

        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "Target@Example.com", password = "wrong password here" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "someone.else@example.com", password = "wrong password here" })).StatusCode);
    }

    [Fact]
    public async Task SignInPage_ForOneEmail_OverTheLimit_SaysSoAtTheForm()
    {
        var statuses = new List<HttpStatusCode>();
        string html = "";
        for (var i = 0; i < 4; i++)
        {
            using var pages = PageClient.Create(_app);
            var response = await pages.PostFormAsync("/account/login", "login",
                new() { ["Input.Email"] = "page.target@example.com", ["Input.Password"] = "wrong password here" });
            statuses.Add(response.StatusCode);
            html = await response.Content.ReadAsStringAsync();
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Too many sign-in attempts", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Email\"", html, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}

/// <summary>Which client an address counts as for the per-address limit.</summary>
public sealed class ClientKeyTests
{
    [Fact]
    public void ClientKey_IPv6_IsTheSlash64_SoOneSubscriberCannotRotateAddresses() =>
        Assert.Equal(Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("2001:db8:1:2:3:4:5:6")),
            Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("2001:db8:1:2:ffff::1")));

    [Fact]
    public void ClientKey_IPv4_AndItsMappedForm_AreOneClient_OtherAddressesAreNot()
    {
        Assert.Equal("192.0.2.7", Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("::ffff:192.0.2.7")));
        Assert.NotEqual(Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("192.0.2.7")),
            Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("192.0.2.8")));
        Assert.NotEqual(Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("2001:db8:1:2::1")),
            Tandem.Security.RateLimits.ClientKey(System.Net.IPAddress.Parse("2001:db8:1:3::1")));
    }
}
