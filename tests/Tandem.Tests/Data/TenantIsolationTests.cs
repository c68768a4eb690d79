using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>
/// Two organisations; the most privileged person of the first (HR and org admin) calls every API route and
/// page, list and detail, with every id of the second. Nothing of the second may come back, and its ids
/// answer 404 — never 403, which would confirm that they exist. New routes are covered automatically.
/// </summary>
public abstract class TenantIsolationTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task EveryApiRoute_NeverShowsAnotherOrganisation()
    {
        var (mine, theirs, secrets, theirIds) = await TwoOrganisationsAsync();
        var client = await mine.ApiAsync("ceo");
        var failures = new List<string>();

        foreach (var (method, route) in ApiRoutes())
        {
            if (!route.Contains("{id", StringComparison.Ordinal))
            {
                if (method != "GET") continue;
                foreach (var url in ListUrls(route, theirIds))
                {
                    var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
                    failures.AddRange(secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"GET {url} leaked {s}"));
                }
                continue;
            }
            foreach (var id in theirIds)
            {
                var url = route[..route.IndexOf("{id", StringComparison.Ordinal)] + id + route[(route.IndexOf('}', StringComparison.Ordinal) + 1)..];
                var response = await SendAsync(client, method, url);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{method} {url} answered {(int)response.StatusCode} for another organisation's id");
                // The problem's "instance" echoes the request path: the id the caller sent is not a leak.
                failures.AddRange(secrets.Where(s => s != id.ToString() && body.Contains(s, StringComparison.OrdinalIgnoreCase))
                    .Select(s => $"{method} {url} leaked {s}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await AssertUnchangedAsync(theirs);
    }

    [Fact]
    public async Task EveryPage_NeverShowsAnotherOrganisation()
    {
        var (mine, _, secrets, theirIds) = await TwoOrganisationsAsync();
        using var pages = await mine.PagesAsync("ceo");
        var failures = new List<string>();

        foreach (var route in PageRoutes())
        {
            var urls = route.Contains("{Id", StringComparison.Ordinal) || route.Contains("{id", StringComparison.Ordinal)
                ? theirIds.Select(id => System.Text.RegularExpressions.Regex.Replace(route, @"\{[Ii]d[^}]*\}", id.ToString()))
                : [route, $"{route}?root={theirIds[0]}", $"{route}?q={Uri.EscapeDataString(secrets[0])}"];
            foreach (var url in urls)
            {
                var response = await pages.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                failures.AddRange(secrets.Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"GET {url} leaked {s}"));
                if (url.Contains(theirIds[0].ToString(), StringComparison.Ordinal) && !route.StartsWith("/org", StringComparison.Ordinal)
                    && response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"GET {url} answered {(int)response.StatusCode} for another organisation's id");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<(TestOrg Mine, TestOrg Theirs, List<string> Secrets, List<Guid> TheirIds)> TwoOrganisationsAsync()
    {
        var mine = await NewOrgAsync("Mine");
        var theirs = await NewOrgAsync("Theirs");
        await mine.DbAsync(async db => await db.People.Where(p => p.Id == mine["ceo"])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Roles, Tandem.Security.OrgRoles.HrAdmin | Tandem.Security.OrgRoles.OrgAdmin)));

        // Give the other organisation one of everything a route can show.
        var theirHr = await theirs.ApiAsync("hr");
        var department = await JsonAsync(await theirHr.PostAsJsonAsync("/api/v1/departments", new { name = "Secret Skunkworks" }), HttpStatusCode.Created);
        var team = await JsonAsync(await theirHr.PostAsJsonAsync("/api/v1/teams", new { name = "Hidden Tigers" }), HttpStatusCode.Created);
        await theirs.AccessTokenAsync("employee", name: "Their token");
        var newbie = await JsonAsync(await theirHr.PostAsJsonAsync("/api/v1/people", new { name = "Nora Newcomer", email = $"nora@{theirs.Slug}.test" }), HttpStatusCode.Created);
        await JsonAsync(await theirHr.PostAsync($"/api/v1/people/{newbie.GetProperty("id")}/invitation", null), HttpStatusCode.OK);

        var ids = theirs.People.Select(p => p.Id).ToList();
        ids.Add(department.GetProperty("id").GetGuid());
        ids.Add(team.GetProperty("id").GetGuid());
        ids.Add(newbie.GetProperty("id").GetGuid());
        ids.AddRange(await theirs.DbAsync(db => db.AccessTokens.Select(t => t.Id).ToListAsync()));
        ids.AddRange(await theirs.DbAsync(db => db.AuditEvents.Select(a => a.Id).ToListAsync()));
        ids.AddRange(await theirs.DbAsync(db => db.Invitations.Select(i => i.Id).ToListAsync()));

        var secrets = new List<string> { theirs.Slug, "Secret Skunkworks", "Hidden Tigers", "Nora Newcomer", "Their token" };
        secrets.AddRange(ids.Select(id => id.ToString()));
        secrets.Add(theirs.Id.ToString());
        return (mine, theirs, secrets, ids);
    }

    private IEnumerable<(string Method, string Route)> ApiRoutes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Where(r => !r.Item2.StartsWith("/api/v1/auth", StringComparison.Ordinal) && r.Item2 != "/api/v1/invitations/accept")
            .Distinct();

    private IEnumerable<string> PageRoutes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.RouteAttribute>() is not null
                        || e.RoutePattern.RawText!.StartsWith("/org/", StringComparison.Ordinal))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !r.StartsWith("/invite", StringComparison.Ordinal) && !r.StartsWith("/account/log", StringComparison.Ordinal))
            .Distinct();

    // A list route, plus the same route filtered by each of the other organisation's ids.
    private static IEnumerable<string> ListUrls(string route, List<Guid> theirIds)
    {
        yield return route;
        foreach (var parameter in new[] { "managerId", "departmentId", "teamId", "personId" })
            yield return $"{route}?{parameter}={theirIds[0]}";
        yield return $"{route}?q=Nora";
        yield return $"{route}?search=Nora";
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        // A body that is valid in shape for every write route (every member that may not be null is there), so
        // that only the id decides the answer.
        var body = new StringContent(
            """{"name":"Changed","email":"changed@example.com","version":0,"hrAdmin":true,"orgAdmin":true,"person":{"name":"Changed","email":"changed@example.com"},""" +
            """ "text":"Changed","key":"changed","timeZone":"Europe/Berlin","sections":[],"requirements":[],"goal":{},"keyResult":{},"population":{},"dates":{},"peerIds":[],"answers":[]}""",
            Encoding.UTF8, "application/json");
        return client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : body });
    }

    private static async Task AssertUnchangedAsync(TestOrg theirs)
    {
        var names = await theirs.DbAsync(db => db.People.Select(p => p.Name).ToListAsync());
        Assert.DoesNotContain("Changed", names);
        var roles = await theirs.DbAsync(db => db.People.Where(p => p.Id == theirs["employee"]).Select(p => p.Roles).SingleAsync());
        Assert.Equal(Tandem.Security.OrgRoles.None, roles);
    }
}

public sealed class TenantIsolationTests_Sqlite() : TenantIsolationTests(TandemApp.Sqlite);

public sealed class TenantIsolationTests_Postgres() : TenantIsolationTests(TandemApp.Postgres);
