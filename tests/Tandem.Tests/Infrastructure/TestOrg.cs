using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Features.Organizations;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// A fresh organisation for one test, with this reporting tree (everyone has an account):
/// <code>
/// ceo (org admin)
/// ├── hr (HR admin)
/// ├── manager ── employee, peer
/// └── otherManager ── other
/// </code>
/// Keys name the people; emails are "key@slug.test" so organisations never collide.
/// </summary>
public sealed class TestOrg
{
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private TestOrg(TandemApp app, Organization organization)
    {
        App = app;
        Organization = organization;
    }

    public TandemApp App { get; }
    public Organization Organization { get; }
    public Guid Id => Organization.Id;
    public string Slug => Organization.Slug;

    public Guid this[string key] => _people[key].Id;
    public Person Person(string key) => _people[key];
    public string Email(string key) => _people[key].Email;
    public IReadOnlyCollection<Person> People => _people.Values;

    public static async Task<TestOrg> CreateAsync(TandemApp app, string name = "Test Org")
    {
        var slug = "t" + Guid.NewGuid().ToString("N")[..12];
        var org = new TestOrg(app, new Organization { Id = Guid.CreateVersion7(), Name = name, Slug = slug, TimeZone = "Europe/Berlin" });
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = org.Id;
        db.Organizations.Add(org.Organization);
        org.Add("ceo", "Cara Executive", null, OrgRoles.OrgAdmin);
        org.Add("hr", "Hana Resources", "ceo", OrgRoles.HrAdmin);
        org.Add("manager", "Max Manager", "ceo");
        org.Add("employee", "Emma Employee", "manager");
        org.Add("peer", "Pat Peer", "manager");
        org.Add("otherManager", "Olga Othermanager", "ceo");
        org.Add("other", "Omar Other", "otherManager");
        db.People.AddRange(org._people.Values);
        db.ReportingLines.AddRange(ReportingLines.Compute(org.Id, org._people.Values.ToDictionary(p => p.Id, p => p.ManagerId)));
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        foreach (var person in org._people.Values) await CreateAccountAsync(users, person);
        return org;
    }

    /// <summary>Adds a person (with an account) after creation.</summary>
    public async Task<Person> AddPersonAsync(string key, string name, string? manager, OrgRoles roles = OrgRoles.None)
    {
        var person = Add(key, name, manager, roles);
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = Id;
        db.People.Add(person);
        await scope.ServiceProvider.GetRequiredService<ReportingLines>().AddAsync(Id, person.Id, person.ManagerId, default);
        await db.SaveChangesAsync();
        await CreateAccountAsync(scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>(), person);
        return person;
    }

    /// <summary>An API client signed in as this person with a bearer token from the login endpoint.</summary>
    public async Task<HttpClient> ApiAsync(string key)
    {
        if (!_tokens.TryGetValue(key, out var token))
        {
            using var anonymous = App.CreateClient();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = Email(key), password = Password });
            response.EnsureSuccessStatusCode();
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            token = json.GetProperty("accessToken").GetString()!;
            _tokens[key] = token;
        }
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A personal access token of this person, with this scope ("Read", "Write" or "Admin"), made where people make
    /// them: on the account page, signed in, with their password.
    /// </summary>
    public async Task<string> AccessTokenAsync(string key, string scope = "Write", string name = "Test script")
    {
        using var pages = await PagesAsync(key);
        var response = await pages.PostFormAsync("/account", "create-token", new()
        {
            ["NewToken.Name"] = name, ["NewToken.ExpiresInDays"] = "30", ["NewToken.Scope"] = scope, ["NewToken.CurrentPassword"] = Password,
        });
        var html = await response.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "<code class=\"secret\">(tdm_[A-Za-z0-9_-]+)</code>");
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException($"No token was created for {key}: {html}");
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in through the sign-in page.</summary>
    public async Task<PageClient> PagesAsync(string key)
    {
        var client = PageClient.Create(App);
        await client.SignInAsync(Email(key), Password);
        return client;
    }

    /// <summary>A scope whose DbContext sees this organisation, for arranging and checking data directly.</summary>
    public async Task<T> DbAsync<T>(Func<TandemDb, Task<T>> query)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = Id;
        return await query(db);
    }

    /// <summary>A service scope acting as this person (tenant and current user set), for calling feature services directly.</summary>
    public AsyncServiceScope ScopeAs(string key)
    {
        var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        db.TenantId = Id;
        var chainCanRead = db.Organizations.Where(o => o.Id == Id).Select(o => o.ManagerChainCanRead).Single();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SignIn(Guid.NewGuid(), Person(key), [], 0, chainCanRead);
        return scope;
    }

    private Person Add(string key, string name, string? manager, OrgRoles roles = OrgRoles.None)
    {
        var person = new Person
        {
            OrganizationId = Id,
            Id = Guid.CreateVersion7(),
            Name = name,
            Email = $"{key.ToLowerInvariant()}@{Slug}.test",
            Title = key,
            ManagerId = manager is null ? null : _people[manager].Id,
            TimeZone = "Europe/Berlin",
            Roles = roles,
        };
        _people[key] = person;
        return person;
    }

    private static async Task CreateAccountAsync(UserManager<UserAccount> users, Person person)
    {
        var result = await users.CreateAsync(UserAccount.For(person, DateTimeOffset.UtcNow), Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
