using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Audit;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Talent;

/// <summary>
/// Talent review and succession (docs/security.md): read by HR admins and the review's participants alone, never across
/// organisations, never by someone about themselves; HR sets up reviews, participants and roles; nominations are checked,
/// once a role (race-safe), and warn when the successor's shared development plan says they want something else.
/// </summary>
public abstract class TalentTests(TandemApp app) : AppTest(app)
{
    // A review with the manager taking part; "Head of Other" is held by "other", the employee nominated by HR.
    private static async Task<(Guid Review, Guid Role, JsonElement RoleJson)> ReviewAsync(TestOrg org, string participant = "manager")
    {
        var hr = await org.ApiAsync("hr");
        var review = (await JsonAsync(await hr.PostAsJsonAsync("/api/v1/talent-reviews", new { name = "Leadership", participantIds = new[] { org[participant] } }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var role = (await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/talent-reviews/{review}/key-roles",
            new { title = "Head of Other", holderId = org["other"], leadsPeople = true, flightRisk = "High", impactOfLoss = "High" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var json = await JsonAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["employee"], readiness = "OneToTwoYears" }),
            HttpStatusCode.OK);
        return (review, role, json);
    }

    [Theory]
    [InlineData("hr", true)]
    [InlineData("manager", true)]
    [InlineData("ceo", false)]
    [InlineData("otherManager", false)]
    [InlineData("employee", false)]
    [InlineData("peer", false)]
    public async Task Review_ReadByHrAndItsParticipantsAlone(string viewer, bool reads)
    {
        var org = await NewOrgAsync();
        var (review, role, _) = await ReviewAsync(org);
        var client = await org.ApiAsync(viewer);
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/talent-reviews/{review}")).StatusCode);
        Assert.Equal(reads ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/key-roles/{role}")).StatusCode);
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/talent-reviews");
        Assert.Equal(reads, listed.EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == review));
        if (!reads)
        {
            await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["peer"], readiness = "ReadyNow" }), HttpStatusCode.NotFound);
            return;
        }
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/talent-reviews/{review}");
        var summary = details.GetProperty("roles").EnumerateArray().Single();
        Assert.Equal("Omar Other", summary.GetProperty("holder").GetString());
        Assert.Equal(1, summary.GetProperty("oneToTwoYears").GetInt32());
        Assert.Equal(viewer == "hr", details.GetProperty("canManage").GetBoolean());

        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/talent-reviews/{review}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/key-roles/{role}")).StatusCode);
        await ProblemAsync(await stranger.PutAsJsonAsync($"/api/v1/key-roles/{role}", new { title = "Taken over", version = 0 }), HttpStatusCode.NotFound);
        Assert.DoesNotContain(review.ToString(), await stranger.GetStringAsync("/api/v1/talent-reviews"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyReadsTalentDataAboutThemselves()
    {
        var org = await NewOrgAsync();
        // The holder of the role takes part: the role is hidden from them.
        var (review, role, _) = await ReviewAsync(org, participant: "other");
        var holder = await org.ApiAsync("other");
        Assert.Equal(HttpStatusCode.NotFound, (await holder.GetAsync($"/api/v1/key-roles/{role}")).StatusCode);
        Assert.Empty((await holder.GetFromJsonAsync<JsonElement>($"/api/v1/talent-reviews/{review}")).GetProperty("roles").EnumerateArray());

        // The successor takes part: they read the role, not their own nomination, and can't nominate themselves.
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await hr.PutAsJsonAsync($"/api/v1/talent-reviews/{review}/participants", new { participantIds = new[] { org["employee"] } }), HttpStatusCode.OK);
        var employee = await org.ApiAsync("employee");
        var seen = await employee.GetFromJsonAsync<JsonElement>($"/api/v1/key-roles/{role}");
        Assert.Empty(seen.GetProperty("successors").EnumerateArray());
        await ProblemAsync(await employee.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["employee"], readiness = "ReadyNow" }),
            HttpStatusCode.UnprocessableEntity, "PersonId");
        await ProblemAsync(await employee.PutAsJsonAsync($"/api/v1/key-roles/{role}", new { title = "Head of Other", holderId = org["employee"], version = seen.GetProperty("version").GetInt64() }),
            HttpStatusCode.UnprocessableEntity, "HolderId");
        // The holder is not their own successor either.
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["other"], readiness = "ReadyNow" }),
            HttpStatusCode.UnprocessableEntity, "PersonId");
    }

    [Fact]
    public async Task HrAlone_SetsUpReviewsParticipantsAndRoles()
    {
        var org = await NewOrgAsync();
        var (review, role, _) = await ReviewAsync(org);
        var manager = await org.ApiAsync("manager");
        await ProblemAsync(await manager.PostAsJsonAsync("/api/v1/talent-reviews", new { name = "Mine" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PostAsJsonAsync($"/api/v1/talent-reviews/{review}/key-roles", new { title = "Another" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/talent-reviews/{review}/participants", new { participantIds = new[] { org["peer"] } }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.DeleteAsync($"/api/v1/key-roles/{role}")).StatusCode);
        // A participant assesses: flight risk and notes, against the version.
        var current = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/key-roles/{role}");
        var version = current.GetProperty("version").GetInt64();
        var saved = await JsonAsync(await manager.PutAsJsonAsync($"/api/v1/key-roles/{role}",
            new { title = "Head of Other", holderId = org["other"], leadsPeople = true, flightRisk = "Low", impactOfLoss = "High", notes = "Just promoted.", version }), HttpStatusCode.OK);
        Assert.Equal("Low", saved.GetProperty("flightRisk").GetString());
        await ProblemAsync(await manager.PutAsJsonAsync($"/api/v1/key-roles/{role}", new { title = "Head of Other", version }), HttpStatusCode.Conflict);

        var hr = await org.ApiAsync("hr");
        await ProblemAsync(await hr.PostAsJsonAsync("/api/v1/talent-reviews", new { name = " ", participantIds = new[] { Guid.NewGuid() } }), HttpStatusCode.UnprocessableEntity, "Name");
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/talent-reviews/{review}/key-roles", new { title = "Odd", flightRisk = "Extreme" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync($"/api/v1/key-roles/{role}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/key-roles/{role}")).StatusCode);
    }

    [Fact]
    public async Task Nominations_CheckedOnceARole_RaceSafe_Versioned()
    {
        var org = await NewOrgAsync();
        var (_, role, json) = await ReviewAsync(org);
        var hr = await org.ApiAsync("hr");
        var manager = await org.ApiAsync("manager");
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["employee"], readiness = "ReadyNow" }), HttpStatusCode.Conflict);
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = Guid.NewGuid(), readiness = "ReadyNow" }),
            HttpStatusCode.UnprocessableEntity, "PersonId");
        await ProblemAsync(await hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["peer"], readiness = "Someday" }), HttpStatusCode.BadRequest);

        var answers = await Task.WhenAll(
            hr.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["peer"], readiness = "ReadyNow" }),
            manager.PostAsJsonAsync($"/api/v1/key-roles/{role}/successors", new { personId = org["peer"], readiness = "ThreeYearsOrMore" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(1, await org.DbAsync(db => db.Successors.CountAsync(s => s.RoleId == role && s.PersonId == org["peer"])));

        var successor = json.GetProperty("successors")[0];
        var url = $"/api/v1/key-roles/{role}/successors/{successor.GetProperty("id").GetGuid()}";
        var version = successor.GetProperty("version").GetInt64();
        var changed = await JsonAsync(await manager.PutAsJsonAsync(url, new { readiness = "ReadyNow", flightRisk = "Medium", version }), HttpStatusCode.OK);
        Assert.Equal("Ready now", changed.GetProperty("successors").EnumerateArray().Single(s => s.GetProperty("personId").GetGuid() == org["employee"]).GetProperty("readinessLabel").GetString());
        await ProblemAsync(await hr.PutAsJsonAsync(url, new { readiness = "OneToTwoYears", version }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await manager.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Warnings_FromTheSuccessorsSharedPlan_QuotedOnlyToThoseWhoMayReadIt()
    {
        var org = await NewOrgAsync();
        var (review, role, _) = await ReviewAsync(org, participant: "otherManager");
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PutAsJsonAsync("/api/v1/me/plan", new { aspiration = "Staff engineer on data pipelines", wantsToLead = "No", version = 0 }), HttpStatusCode.OK);
        var hr = await org.ApiAsync("hr");
        static List<string> Warnings(JsonElement role) => [.. role.GetProperty("successors")[0].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];
        // A draft is the person's own: nothing of it shows.
        Assert.Empty(Warnings(await hr.GetFromJsonAsync<JsonElement>($"/api/v1/key-roles/{role}")));

        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/share", new { shared = true }), HttpStatusCode.OK);
        var toHr = Warnings(await hr.GetFromJsonAsync<JsonElement>($"/api/v1/key-roles/{role}"));
        Assert.Equal(2, toHr.Count);
        Assert.Contains(toHr, w => w.Contains("don't want to lead", StringComparison.Ordinal));
        Assert.Contains(toHr, w => w.Contains("Staff engineer on data pipelines", StringComparison.Ordinal));
        // A participant outside the employee's chain learns that it differs, not what it says.
        var toOther = Warnings(await (await org.ApiAsync("otherManager")).GetFromJsonAsync<JsonElement>($"/api/v1/key-roles/{role}"));
        Assert.Equal(2, toOther.Count);
        Assert.DoesNotContain(toOther, w => w.Contains("data pipelines", StringComparison.Ordinal));
        var summary = (await hr.GetFromJsonAsync<JsonElement>($"/api/v1/talent-reviews/{review}")).GetProperty("roles")[0];
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Changes_AreAudited_ForHrAlone()
    {
        var org = await NewOrgAsync();
        await ReviewAsync(org);
        static async Task<List<string>> ActionsAsync(HttpClient client) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=100")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!)];
        var seen = await ActionsAsync(await org.ApiAsync("hr"));
        Assert.Contains(AuditActions.TalentReviewCreated, seen);
        Assert.Contains(AuditActions.TalentChanged, seen);
        Assert.DoesNotContain(AuditActions.TalentChanged, await ActionsAsync(await org.ApiAsync("ceo")));
    }
}

public sealed class TalentTests_Sqlite() : TalentTests(TandemApp.Sqlite);

public sealed class TalentTests_Postgres() : TalentTests(TandemApp.Postgres);
