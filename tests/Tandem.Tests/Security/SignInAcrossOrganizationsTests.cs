using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Security;

/// <summary>
/// One email, accounts in two organisations: a sign-in touches only the account it authenticates (or the one it
/// names), never the other organisation's (docs/security.md, "Sign-in across organisations").
/// </summary>
public abstract class SignInAcrossOrganizationsTests(TandemApp app) : AppTest(app)
{
    private const string TwinPassword = "the second organisation's passphrase";

    [Fact]
    public async Task Api_SignInToOwnOrganisation_WithAnotherOrganisationsEmail_NeverTouchesTheirAccount()
    {
        var (victim, attacker, email) = await TwinsAsync(TwinPassword);
        using var client = App.CreateClient();

        for (var i = 0; i < 6; i++)
        {
            var tokens = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TwinPassword }), HttpStatusCode.OK);
            Assert.Equal(attacker.Id, await OrganizationOfAsync(tokens));
        }

        await AssertUntouchedAsync(victim, email);
    }

    [Fact]
    public async Task Page_SignInToOwnOrganisation_WithAnotherOrganisationsEmail_NeverTouchesTheirAccount()
    {
        var (victim, _, email) = await TwinsAsync(TwinPassword);

        for (var i = 0; i < 6; i++)
        {
            using var pages = PageClient.Create(App);
            var response = await pages.PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = TwinPassword });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await AssertUntouchedAsync(victim, email);
    }

    [Fact]
    public async Task Api_PasswordOfBothOrganisations_AsksWhichOne_ThenSignsIntoTheChosenOne()
    {
        var (first, second, email) = await TwinsAsync(TestOrg.Password);
        using var client = App.CreateClient();

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password }),
            HttpStatusCode.UnprocessableEntity, "Organization");
        Assert.Equal(new[] { first.Slug, second.Slug }.Order(StringComparer.Ordinal),
            problem.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal));

        foreach (var org in new[] { first, second })
        {
            var tokens = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password, organization = org.Slug }),
                HttpStatusCode.OK);
            Assert.Equal(org.Id, await OrganizationOfAsync(tokens));
        }
    }

    [Fact]
    public async Task Page_PasswordOfBothOrganisations_OffersTheChoice_ThenSignsIntoTheChosenOne()
    {
        var (_, second, email) = await TwinsAsync(TestOrg.Password);
        using var pages = PageClient.Create(App);

        var ask = await pages.PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = TestOrg.Password });
        var html = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains($"value=\"{second.Slug}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(TestOrg.Password, html, StringComparison.Ordinal);

        var chosen = await pages.PostFormAsync("/account/login", "login", new()
        {
            ["Input.Email"] = email, ["Input.Password"] = TestOrg.Password, ["Input.Organization"] = second.Slug,
        });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var me = await JsonAsync(await pages.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.Equal(second.Id, me.GetProperty("organizationId").GetGuid());
    }

    [Fact]
    public async Task AmbiguousWrongPasswords_ChargeNoAccount_ButAreLimitedForTheEmail()
    {
        var (first, second, email) = await TwinsAsync(TwinPassword);
        using var client = App.CreateClient();

        for (var i = 0; i < 5; i++)
            await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"guess number {i} of many" }), HttpStatusCode.Unauthorized);

        await AssertUntouchedAsync(first, email);
        Assert.Equal(0, await FailedCountAsync(second, email));
        Assert.False(await SignInEventsAsync(second, email));
        // Without the lock, each twin's owner could guess the other's password without ever locking anything:
        // after five misses, no password opens an account of this email unless the organisation is named.
        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TwinPassword }), HttpStatusCode.Unauthorized);
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TwinPassword, organization = second.Slug }), HttpStatusCode.OK);
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password, organization = first.Slug }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task NamingTheOrganisation_WrongPassword_ChargesOnlyThatAccount()
    {
        var (first, second, email) = await TwinsAsync(TwinPassword);
        using var client = App.CreateClient();

        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password at all", organization = second.Slug }),
            HttpStatusCode.Unauthorized);

        Assert.Equal(1, await FailedCountAsync(second, email));
        await AssertUntouchedAsync(first, email);
    }

    [Fact]
    public async Task UnknownOrganisation_FailsLikeAWrongPassword()
    {
        var org = await NewOrgAsync();
        using var client = App.CreateClient();

        var unknown = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = org.Email("employee"), password = TestOrg.Password, organization = "no-such-organisation" }), HttpStatusCode.Unauthorized);
        var wrong = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = org.Email("employee"), password = "not the password at all" }), HttpStatusCode.Unauthorized);

        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
    }

    /// <summary>
    /// As shown live: an admin of a second organisation adds a person with the first organisation's employee's email
    /// and accepts the invitation with a password of their own.
    /// </summary>
    private async Task<(TestOrg Victim, TestOrg Attacker, string Email)> TwinsAsync(string twinPassword)
    {
        var victim = await NewOrgAsync("Victim Org");
        var attacker = await NewOrgAsync("Attacker Org");
        var email = victim.Email("employee");
        var hr = await attacker.ApiAsync("hr");
        var created = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Twin", email }), HttpStatusCode.Created);
        var link = await JsonAsync(await hr.PostAsync($"/api/v1/people/{created.GetProperty("id")}/invitation", null), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        var token = link.GetProperty("url").GetString()!.Split("/invite/")[1];
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = twinPassword })).StatusCode);
        return (victim, attacker, email);
    }

    private async Task AssertUntouchedAsync(TestOrg org, string email)
    {
        var account = await org.DbAsync(db => db.Users.Where(u => u.OrganizationId == org.Id && u.Email == email)
            .Select(u => new { u.AccessFailedCount, u.LockoutEnd }).SingleAsync());
        Assert.Equal(0, account.AccessFailedCount);
        Assert.Null(account.LockoutEnd);
        Assert.False(await SignInEventsAsync(org, email), "The other organisation's audit log records sign-ins it had no part in.");
        using var client = App.CreateClient();
        var tokens = await JsonAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = TestOrg.Password, organization = org.Slug }),
            HttpStatusCode.OK);
        Assert.Equal(org.Id, await OrganizationOfAsync(tokens));
    }

    private static Task<int> FailedCountAsync(TestOrg org, string email) =>
        org.DbAsync(db => db.Users.Where(u => u.OrganizationId == org.Id && u.Email == email).Select(u => u.AccessFailedCount).SingleAsync());

    private static Task<bool> SignInEventsAsync(TestOrg org, string email) =>
        org.DbAsync(async db =>
        {
            var personId = await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
            return await db.AuditEvents.AnyAsync(e => e.SubjectId == personId && (e.Action == AuditActions.SignInFailed || e.Action == AuditActions.SignInLockedOut
                                                                         || e.Action == AuditActions.SignInSucceeded));
        });

    private async Task<Guid> OrganizationOfAsync(JsonElement tokens)
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return (await JsonAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("organizationId").GetGuid();
    }
}

public sealed class SignInAcrossOrganizationsTests_Sqlite() : SignInAcrossOrganizationsTests(TandemApp.Sqlite);

public sealed class SignInAcrossOrganizationsTests_Postgres() : SignInAcrossOrganizationsTests(TandemApp.Postgres);
