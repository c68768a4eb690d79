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
