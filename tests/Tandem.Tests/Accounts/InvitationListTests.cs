using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Accounts;

/// <summary>The invitations admins page through after an import: who is waiting, never their links.</summary>
public abstract class InvitationListTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Invitations_AfterImport_ListedByName_KeysetPaged_WithoutLinks()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await ImportAsync(hr, $"email,name,status\ncy@{org.Slug}.test,Cy Third,active\nab@{org.Slug}.test,Ab First,active\n" +
                              $"bo@{org.Slug}.test,Bo Second,on leave\ngone@{org.Slug}.test,Gone Already,left\n");

        var first = await JsonAsync(await hr.GetAsync("/api/v1/invitations?limit=2"), HttpStatusCode.OK);
        var second = await JsonAsync(await hr.GetAsync($"/api/v1/invitations?limit=2&after={first.GetProperty("next").GetString()}"), HttpStatusCode.OK);

        Assert.Equal(["Ab First", "Bo Second"], Names(first));
        Assert.Equal(["Cy Third"], Names(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
        var entry = first.GetProperty("items")[0];
        Assert.False(entry.TryGetProperty("url", out _));
        Assert.DoesNotContain("/invite/", first.ToString(), StringComparison.Ordinal);
        Assert.True(entry.GetProperty("canCreateLink").GetBoolean());
        Assert.True(entry.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(13));
    }

    [Fact]
    public async Task Invitations_PersonWithRole_OnlyAnOrgAdminMayCreateTheirLink()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var ceo = await org.ApiAsync("ceo");
        var ava = await JsonAsync(await hr.PostAsJsonAsync("/api/v1/people", new { name = "Ava Admin", email = $"ava@{org.Slug}.test" }), HttpStatusCode.Created);
        var id = ava.GetProperty("id").GetGuid();
        await JsonAsync(await ceo.PutAsJsonAsync($"/api/v1/people/{id}/roles", new { hrAdmin = true, orgAdmin = false }), HttpStatusCode.OK);
        await JsonAsync(await ceo.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.OK);

        var asHr = await JsonAsync(await hr.GetAsync("/api/v1/invitations"), HttpStatusCode.OK);
        var asCeo = await JsonAsync(await ceo.GetAsync("/api/v1/invitations"), HttpStatusCode.OK);

        Assert.False(asHr.GetProperty("items")[0].GetProperty("canCreateLink").GetBoolean());
        Assert.True(asCeo.GetProperty("items")[0].GetProperty("canCreateLink").GetBoolean());
        await ProblemAsync(await hr.PostAsync($"/api/v1/people/{id}/invitation", null), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invitations_NewLinkAccepted_LeavesTheList_ExpiredMoveToTheirOwn()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await ImportAsync(hr, $"email,name\numa@{org.Slug}.test,Uma Accepting\nvic@{org.Slug}.test,Vic Late\n");
        var uma = await org.DbAsync(db => db.People.Where(p => p.Name == "Uma Accepting").Select(p => p.Id).SingleAsync());
        var vic = await org.DbAsync(db => db.People.Where(p => p.Name == "Vic Late").Select(p => p.Id).SingleAsync());

        var link = await JsonAsync(await hr.PostAsync($"/api/v1/people/{uma}/invitation", null), HttpStatusCode.OK);
        using var anonymous = App.CreateClient();
        var accepted = await anonymous.PostAsJsonAsync("/api/v1/invitations/accept",
            new { token = link.GetProperty("url").GetString()!.Split("/invite/")[1], password = "a sunny walk by the river" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var past = DateTimeOffset.UtcNow.AddDays(-1);
        await org.DbAsync(db => db.Invitations.Where(i => i.PersonId == vic).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, past)));

        Assert.Empty(Names(await JsonAsync(await hr.GetAsync("/api/v1/invitations?status=pending"), HttpStatusCode.OK)));
        Assert.Equal(["Vic Late"], Names(await JsonAsync(await hr.GetAsync("/api/v1/invitations?status=expired"), HttpStatusCode.OK)));
    }

    [Fact]
    public async Task Invitations_BadQueriesAndEmployees_AreRefused()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var employee = await org.ApiAsync("employee");

        await ProblemAsync(await hr.GetAsync("/api/v1/invitations?after=not-a-cursor"), HttpStatusCode.BadRequest, "after");
        await ProblemAsync(await hr.GetAsync("/api/v1/invitations?status=everything"), HttpStatusCode.BadRequest, "status");
        await ProblemAsync(await employee.GetAsync("/api/v1/invitations"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task InvitationsPage_ListsWaitingPeople_AndShowsANewLinkOnce()
    {
        var org = await NewOrgAsync();
        await ImportAsync(await org.ApiAsync("hr"), $"email,name\nwen@{org.Slug}.test,Wen Waiting\n");
        var wen = await org.DbAsync(db => db.People.Where(p => p.Name == "Wen Waiting").Select(p => p.Id).SingleAsync());
        using var pages = await org.PagesAsync("hr");

        var list = await pages.GetHtmlAsync("/admin/invitations");
        Assert.Contains("Wen Waiting", list, StringComparison.Ordinal);
        Assert.Contains("Showing 1 of 1", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/invite/", list, StringComparison.Ordinal);

        var created = await pages.PostFormAsync("/admin/invitations", "create-link", new() { ["PersonId"] = wen.ToString() });
        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Invitation link for Wen Waiting", html, StringComparison.Ordinal);
        Assert.Contains("/invite/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/invite/", await pages.GetHtmlAsync("/admin/invitations"), StringComparison.Ordinal);
    }

    private static async Task ImportAsync(HttpClient hr, string csv) =>
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/v1/people/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

    private static List<string?> Names(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString())];
}

public sealed class InvitationListTests_Sqlite() : InvitationListTests(TandemApp.Sqlite);

public sealed class InvitationListTests_Postgres() : InvitationListTests(TandemApp.Postgres);
