using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Feedback;

/// <summary>
/// Anonymous upward and peer feedback: the giver is never stored with the item or readable anywhere; items show
/// only once the threshold of different people gave, and then all together.
/// </summary>
public abstract class AnonymousFeedbackTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task AnonymousUpward_BelowThresholdInvisible_ThenReleasedTogether_AndNoTraceOfAnyGiverAnywhere()
    {
        var org = await NewOrgAsync();
        await org.AllowAnonymousAsync();
        await org.AddPersonAsync("third", "Theo Thirdperson", "manager");
        string[] givers = ["employee", "peer", "third"];
        var manager = await org.ApiAsync("manager");
        var hr = await org.ApiAsync("hr");
        var ceo = await org.ApiAsync("ceo");
        foreach (var giver in givers) await org.ApiAsync(giver); // signed in before; sign-ins are audited, feedback is not
        var auditBefore = (await JsonAsync(await ceo.GetAsync("/api/v1/audit?limit=200"), HttpStatusCode.OK)).GetProperty("items").GetArrayLength();
        var seen = new List<string>();

        seen.Add((await org.GiveAsync("employee", "manager", kind: "Feedforward", text: "Share the roadmap before planning, not during it.", anonymous: true)).ToString());
        seen.Add((await org.GiveAsync("peer", "manager", kind: "Constructive", text: "Standups run long when we debug in them.", anonymous: true)).ToString());
        seen.Add((await org.GiveAsync("employee", "manager", kind: "Praise", text: "Thanks for shielding us during the outage.", anonymous: true)).ToString());
        var received = await (await manager.GetAsync("/api/v1/feedback/received")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("roadmap", received, StringComparison.Ordinal);
        Assert.DoesNotContain("Standups", received, StringComparison.Ordinal);

        seen.Add((await org.GiveAsync("third", "manager", kind: "Praise", text: "Your 1:1s help me a lot.", anonymous: true)).ToString());
        var released = await JsonAsync(await manager.GetAsync("/api/v1/feedback/received"), HttpStatusCode.OK);
        var items = released.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("giver").ValueKind));
        Assert.Single(items.Select(i => i.GetProperty("at").GetDateTimeOffset()).Distinct());
        seen.Add(released.ToString());
        foreach (var item in items) seen.Add(await (await manager.GetAsync($"/api/v1/feedback/{item.GetProperty("id").GetGuid()}")).Content.ReadAsStringAsync());
        seen.Add(await (await manager.GetAsync($"/api/v1/people/{org["manager"]}/feedback")).Content.ReadAsStringAsync());
        seen.Add(await (await hr.GetAsync($"/api/v1/people/{org["manager"]}/feedback")).Content.ReadAsStringAsync());
        var audit = (await JsonAsync(await ceo.GetAsync("/api/v1/audit?limit=200"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        seen.AddRange(audit.Take(audit.Count - auditBefore).Select(e => e.ToString()));
        // The receiver's feedback inbox (profile and home pages name the manager's reports by design, so they can't be searched).
        seen.Add(await (await (await org.PagesAsync("manager")).GetAsync("/feedback")).Content.ReadAsStringAsync());
        seen.Add(await (await (await org.PagesAsync("hr")).GetAsync("/feedback/praise")).Content.ReadAsStringAsync());

        foreach (var key in givers)
        {
            var person = org.Person(key);
            foreach (var trace in new[] { person.Id.ToString(), person.Id.ToString("N"), person.Name, person.Email })
                Assert.DoesNotContain(seen, text => text.Contains(trace, StringComparison.OrdinalIgnoreCase));
        }
        // Stored: no giver on the items, and only hashes (no ids) in the counting table.
        Assert.Equal(0, await org.DbAsync(db => db.FeedbackItems.CountAsync(f => f.IsAnonymous && f.GiverId != null)));
        var hashes = await org.DbAsync(db => db.AnonymousGivers.Select(g => g.GiverHash).ToListAsync());
        Assert.Equal(3, hashes.Count);
        Assert.All(hashes, h => Assert.DoesNotContain(givers, g => h.Contains(org[g].ToString("N"), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Anonymous_NextBatch_StaysHiddenUntilItsOwnThreshold()
    {
        var org = await NewOrgAsync();
        await org.AllowAnonymousAsync();
        await org.AddPersonAsync("third", "Theo Thirdperson", "manager");
        foreach (var giver in new[] { "employee", "peer", "third" }) await org.GiveAsync(giver, "manager", kind: "Praise", anonymous: true);

        await org.GiveAsync("employee", "manager", kind: "Constructive", text: "A later one, alone.", anonymous: true);

        var received = await (await (await org.ApiAsync("manager")).GetAsync("/api/v1/feedback/received")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("A later one", received, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employee", "other")]        // not their manager, not a peer
    [InlineData("manager", "employee")]      // downward
    public async Task Anonymous_NotUpwardOrPeer_422(string giver, string receiver)
    {
        var org = await NewOrgAsync();
        await org.AllowAnonymousAsync();
        var response = await (await org.ApiAsync(giver)).PostAsJsonAsync("/api/v1/feedback",
            new { receiverId = org[receiver], kind = "Praise", text = "Well handled.", anonymous = true });
        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Anonymous");
    }

    [Fact]
    public async Task Anonymous_WhenTheOrganisationDoesNotAllowIt_422AndNothingWritten()
    {
        var org = await NewOrgAsync();
        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback",
            new { receiverId = org["manager"], kind = "Praise", text = "Well handled.", anonymous = true });
        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Anonymous");
        Assert.Equal(0, await org.DbAsync(db => db.FeedbackItems.CountAsync()));
    }
}

public sealed class AnonymousFeedbackTests_Sqlite() : AnonymousFeedbackTests(TandemApp.Sqlite);

public sealed class AnonymousFeedbackTests_Postgres() : AnonymousFeedbackTests(TandemApp.Postgres);
