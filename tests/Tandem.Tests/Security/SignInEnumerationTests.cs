using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tandem.Features.Accounts;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>A sign-in's answer does not tell whether the email has an account: the same words for every failure.</summary>
public abstract class SignInEnumerationTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task LockedOutAccount_AnswersLikeAWrongPasswordAndAnUnknownEmail()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = $"wrong guess number {i}" });

        var locked = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = TestOrg.Password }),
            HttpStatusCode.Unauthorized);
        var unknown = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"nobody@{org.Slug}.test", password = TestOrg.Password }),
            HttpStatusCode.Unauthorized);

        Assert.Equal(unknown.GetProperty("detail").GetString(), locked.GetProperty("detail").GetString());
        Assert.Equal(unknown.GetProperty("title").GetString(), locked.GetProperty("title").GetString());
        Assert.True(await org.DbAsync(db => db.Users.Where(u => u.OrganizationId == org.Id && u.PersonId == org["peer"]).Select(u => u.LockoutEnd != null).SingleAsync()));
    }

    [Fact]
    public async Task SignInPage_LockedOutAccount_ShowsTheSameMessageAsAnUnknownEmail()
    {
        var org = await NewOrgAsync();
        for (var i = 0; i < 5; i++)
        {
            using var guess = PageClient.Create(App);
            await guess.PostFormAsync("/account/login", "login", new() { ["Input.Email"] = org.Email("peer"), ["Input.Password"] = $"wrong guess number {i}" });
        }

        var locked = await SignInPageMessageAsync(org.Email("peer"), TestOrg.Password);
        var unknown = await SignInPageMessageAsync($"nobody@{org.Slug}.test", TestOrg.Password);

        Assert.Equal(unknown, locked);
    }

    private async Task<string> SignInPageMessageAsync(string email, string password)
    {
        using var pages = PageClient.Create(App);
        var html = await (await pages.PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password }))
            .Content.ReadAsStringAsync();
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start > 0, "The sign-in page shows no message.");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}

public sealed class SignInEnumerationTests_Sqlite() : SignInEnumerationTests(TandemApp.Sqlite);

public sealed class SignInEnumerationTests_Postgres() : SignInEnumerationTests(TandemApp.Postgres);

/// <summary>Every failed sign-in costs one password hash, whether or not the email has an account, locked or not.</summary>
public sealed class SignInWorkTests : IDisposable
{
    private readonly CountingHasher _hasher = new();
    private readonly TandemApp _app;

    public SignInWorkTests() => _app = TandemApp.StartSeparate([], services: s => s.AddSingleton<IPasswordHasher<UserAccount>>(_hasher));

    [Fact]
    public async Task EveryFailure_CostsOnePasswordHash()
    {
        var org = await TestOrg.CreateAsync(_app);
        using var client = _app.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = $"wrong guess number {i}" });
        await org.DbAsync(db => db.People.Where(p => p.Id == org["other"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Features.People.PersonStatus.Left)));

        var work = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, email, password) in new[]
                 {
                     ("unknown email", $"nobody@{org.Slug}.test", TestOrg.Password),
                     ("wrong password", org.Email("employee"), "not the password at all"),
                     ("locked out", org.Email("peer"), TestOrg.Password),
                     ("has left", org.Email("other"), TestOrg.Password),
                 })
        {
            _hasher.Reset();
            var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            work[name] = _hasher.Count;
        }

        Assert.All(work, w => Assert.True(w.Value == 1, $"{w.Key}: {w.Value} hashes"));
    }

    public void Dispose() => _app.Dispose();

    private sealed class CountingHasher : IPasswordHasher<UserAccount>
    {
        private readonly PasswordHasher<UserAccount> _inner = new(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public string HashPassword(UserAccount user, string password)
        {
            Interlocked.Increment(ref _count);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _count);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
