using System.Net;
using System.Text.Json;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>The audit log's filters (who, what, when), its pages and its CSV export, through the API and the page.</summary>
public abstract class AuditFilterTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Filter_ByPersonName_OrEmail_KeepsWhatTheyDidAndWhatWasAboutThem()
    {
        var org = await NewOrgAsync();
        await AddEventsAsync(org, (AuditActions.RolesChanged, "ceo", "employee", At(1)), (AuditActions.PeopleExported, "employee", null, At(2)),
            (AuditActions.PeopleExported, "peer", null, At(3)));
        var hr = await org.ApiAsync("hr");

        var byName = await ActionsAsync(hr, "?person=emma");
        var byEmail = await ActionsAsync(hr, $"?person={Uri.EscapeDataString(org.Email("employee").ToUpperInvariant())}");

        Assert.Equal([AuditActions.PeopleExported, AuditActions.RolesChanged], byName);
        // The first read named one person, so it is recorded as about her.
        Assert.Equal([AuditActions.AuditLogRead, AuditActions.PeopleExported, AuditActions.RolesChanged], byEmail);
    }

    [Fact]
    public async Task Filter_ByAction_KeepsOnlyThatAction_InPlainWords()
    {
        var org = await NewOrgAsync();
        await AddEventsAsync(org, (AuditActions.RolesChanged, "ceo", "employee", At(1)), (AuditActions.GoalsExported, "hr", null, At(2)));
        var hr = await org.ApiAsync("hr");

        var page = await JsonAsync(await hr.GetAsync($"/api/v1/audit?action={AuditActions.RolesChanged}"), HttpStatusCode.OK);

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Changed roles of Emma Employee", item.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Filter_ByDays_ReadsThemInTheViewersTimeZone()
    {
        var org = await NewOrgAsync();
        // 23:30 UTC on 1 March is 00:30 on 2 March in Berlin, where everyone of the test organisation lives.
        await AddEventsAsync(org, (AuditActions.GoalsExported, "hr", null, new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero)),
            (AuditActions.PeopleExported, "hr", null, new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero)),
            (AuditActions.GoalsImported, "hr", null, new DateTimeOffset(2026, 3, 2, 22, 59, 0, TimeSpan.Zero)));
        var hr = await org.ApiAsync("hr");

        Assert.Equal([AuditActions.GoalsExported], await ActionsAsync(hr, "?from=2026-03-01&to=2026-03-01"));
        Assert.Equal([AuditActions.GoalsImported, AuditActions.PeopleExported], await ActionsAsync(hr, "?from=2026-03-02&to=2026-03-02"));
    }

    [Fact]
    public async Task Paging_KeepsTheFilters_InTheApiAndThePagersLinks()
    {
        var org = await NewOrgAsync();
        await AddEventsAsync(org, (AuditActions.GoalsExported, "hr", null, At(1)), (AuditActions.PeopleExported, "hr", null, At(2)),
            (AuditActions.GoalsExported, "hr", null, At(3)), (AuditActions.GoalsExported, "hr", null, At(4)));
        var hr = await org.ApiAsync("hr");

        var first = await JsonAsync(await hr.GetAsync($"/api/v1/audit?action={AuditActions.GoalsExported}&limit=2"), HttpStatusCode.OK);
        var next = first.GetProperty("next").GetString()!;
        var second = await JsonAsync(await hr.GetAsync($"/api/v1/audit?action={AuditActions.GoalsExported}&limit=2&after={next}"), HttpStatusCode.OK);

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var last = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(At(1), last.GetProperty("at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Page_PagesThroughTheFilteredEvents_WithTheFiltersInItsLinks()
    {
        var org = await NewOrgAsync();
        var start = At(0);
        await AddEventsAsync(org, [.. Enumerable.Range(0, 52).Select(i => (AuditActions.GoalsExported, "hr", (string?)null, start.AddSeconds(i)))]);
        using var pages = await org.PagesAsync("hr");
        const string filters = "person=hana&amp;action=" + AuditActions.GoalsExported + "&amp;from=2026-01-01&amp;to=2026-01-01";

        var html = await pages.GetHtmlAsync($"/admin/audit?person=hana&action={AuditActions.GoalsExported}&from=2026-01-01&to=2026-01-01");
        var older = System.Text.RegularExpressions.Regex.Match(html, $"href=\"(/admin/audit\\?{filters}&amp;after=[^\"]+)\"");
        Assert.True(older.Success, "No link to older events that keeps the filters.");
        var second = await pages.GetHtmlAsync(System.Net.WebUtility.HtmlDecode(older.Groups[1].Value));

        Assert.Contains("Exported goals", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/audit/export?{filters}\"", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(second, "<tr>") - 1);
        Assert.Contains($"href=\"/admin/audit?{filters}\">Newest", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsTheFilteredEventsAsCsv_AndIsAudited()
    {
        var org = await NewOrgAsync();
        await AddEventsAsync(org, (AuditActions.RolesChanged, "ceo", "employee", At(1)), (AuditActions.GoalsExported, "hr", null, At(2)));
        var ceo = await org.ApiAsync("ceo");

        var response = await ceo.GetAsync($"/api/v1/audit/export?action={AuditActions.RolesChanged}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("at,action,what,actor,actor_id,subject,subject_id,detail,ip_address", lines[0]);
        Assert.Equal($"2026-01-01T09:01:00Z,roles.changed,Changed roles of Emma Employee,Cara Executive,{org["ceo"]},Emma Employee,{org["employee"]},,",
            Assert.Single(lines[1..]));
        var exported = await JsonAsync(await ceo.GetAsync($"/api/v1/audit?action={AuditActions.AuditLogExported}"), HttpStatusCode.OK);
        var entry = Assert.Single(exported.GetProperty("items").EnumerateArray());
        Assert.Equal(org["ceo"], entry.GetProperty("actorId").GetGuid());
        Assert.Equal("1 event, roles.changed", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnotherOrganisation_NeverAppears_NotEvenByTheSameName()
    {
        var org = await NewOrgAsync();
        var other = await NewOrgAsync();
        await AddEventsAsync(other, (AuditActions.PeopleExported, "hr", null, At(1)), (AuditActions.RolesChanged, "ceo", "employee", At(2)));
        await AddEventsAsync(org, (AuditActions.GoalsExported, "hr", null, At(3)));
        var hr = await org.ApiAsync("hr");

        var page = await JsonAsync(await hr.GetAsync("/api/v1/audit?person=Hana%20Resources"), HttpStatusCode.OK);
        var csv = await (await hr.GetAsync("/api/v1/audit/export")).Content.ReadAsStringAsync();

        var ours = org.People.Select(p => (Guid?)p.Id).Append(null).ToHashSet();
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Contains(Id(e, "actorId"), ours));
        Assert.DoesNotContain(AuditActions.PeopleExported, await ActionsAsync(hr, ""));
        Assert.DoesNotContain(other["hr"].ToString(), csv, StringComparison.Ordinal);
        await ProblemAsync(await hr.GetAsync($"/api/v1/audit?personId={other["employee"]}"), HttpStatusCode.BadRequest, "PersonId");
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("manager")]
    public async Task EmployeesAndManagers_AreRefused_ApiExportAndPage(string who)
    {
        var org = await NewOrgAsync();
        var api = await org.ApiAsync(who);
        using var pages = await org.PagesAsync(who);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit?action=sign-in.succeeded")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/audit/export")).StatusCode);
        var page = await pages.GetAsync("/admin/audit?person=emma");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/audit?from=yesterday", "From")]
    [InlineData("/api/v1/audit?to=2026-02-30", "To")]
    [InlineData("/api/v1/audit?action=sign-in.hacked", "Action")]
    [InlineData("/api/v1/audit?from=2026-03-02&to=2026-03-01", "To")]
    [InlineData("/api/v1/audit?from=0001-01-01", "From")]
    [InlineData("/api/v1/audit?to=9999-12-31", "To")]
    [InlineData("/api/v1/audit?person=nobody%20at%20all", "Person")]
    [InlineData("/api/v1/audit/export?action=nonsense", "Action")]
    [InlineData("/api/v1/audit/export?from=31.12.2026", "From")]
    public async Task BadFilter_Answers400_NamingTheField(string url, string field)
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");

        await ProblemAsync(await hr.GetAsync(url), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("?from=2026-13-45", "Enter a date as year-month-day")]
    [InlineData("?action=sign-in.hacked", "The audit log records no such action")]
    [InlineData("?person=nobody%20at%20all", "No one in your organisation has that name or email")]
    [InlineData("?from=2026-03-02&to=2026-03-01", "The last day is before the first")]
    public async Task BadFilter_OnThePage_IsAMessageByItsField(string query, string message)
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");

        var html = await pages.GetHtmlAsync("/admin/audit" + query);

        Assert.Contains($"<p class=\"field-error\">{message}", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/v1/audit/export", html, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(int minute) => new(2026, 1, 1, 9, minute, 0, TimeSpan.Zero);

    private static Guid? Id(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetGuid();

    private static async Task<List<string?>> ActionsAsync(HttpClient client, string query)
    {
        var page = await JsonAsync(await client.GetAsync("/api/v1/audit" + query), HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString())];
    }

    /// <summary>Events as if they had happened then: (action, actor, subject, at).</summary>
    private static Task AddEventsAsync(TestOrg org, params (string Action, string Actor, string? Subject, DateTimeOffset At)[] events) =>
        org.DbAsync(async db =>
        {
            db.AuditEvents.AddRange(events.Select(e => new AuditEvent
            {
                OrganizationId = org.Id, Id = Guid.CreateVersion7(e.At), At = e.At, Action = e.Action,
                ActorId = org[e.Actor], SubjectId = e.Subject is null ? null : org[e.Subject],
            }));
            return await db.SaveChangesAsync();
        });
}

public sealed class AuditFilterTests_Sqlite() : AuditFilterTests(TandemApp.Sqlite);

public sealed class AuditFilterTests_Postgres() : AuditFilterTests(TandemApp.Postgres);
