using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Calibration;

/// <summary>
/// The equity view (docs/security.md, "Calibration"): attributes recorded by HR admins alone, all or nothing with every bad row
/// reported; the cycle's fairness shows groups only at the anonymity threshold or over it, never to anyone but HR.
/// </summary>
public abstract class EquityTests(TandemApp app) : AppTest(app)
{
    private static readonly string[] Rated = ["employee", "peer", "other"];

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, bool dryRun = false) =>
        client.PostAsync($"/api/v1/person-attributes/import?dryRun={(dryRun ? "true" : "false")}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task Import_AllOrNothing_EveryBadRowReported_HrAlone()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        var csv = $"email,attribute,value\n{org.Email("employee")},Gender,woman\nnobody@example.test,gender,man\n{org.Email("peer")},,x\n{org.Email("employee")},gender,woman\n";
        var rejected = await JsonAsync(await ImportAsync(hr, csv), HttpStatusCode.UnprocessableEntity);
        Assert.Equal([3, 4, 5], rejected.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()));
        Assert.Equal(0, await org.DbAsync(db => db.PersonAttributes.CountAsync()));

        var dry = await JsonAsync(await ImportAsync(hr, $"email,attribute,value\n{org.Email("employee")},Gender,woman\n", dryRun: true), HttpStatusCode.OK);
        Assert.False(dry.GetProperty("applied").GetBoolean());
        Assert.Equal(0, await org.DbAsync(db => db.PersonAttributes.CountAsync()));
        await JsonAsync(await ImportAsync(hr, $"email,attribute,value\n{org.Email("employee")},Gender,woman\n{org.Email("peer")},gender,man\n"), HttpStatusCode.OK);
        var listed = await hr.GetFromJsonAsync<JsonElement>("/api/v1/person-attributes");
        Assert.Equal(("gender", 2, 2), listed.EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.GetProperty("people").GetInt32(), a.GetProperty("values").GetInt32())).Single());
        // An empty value clears it.
        await JsonAsync(await ImportAsync(hr, $"email,attribute,value\n{org.Email("peer")},gender,\n"), HttpStatusCode.OK);
        Assert.Equal(1, await org.DbAsync(db => db.PersonAttributes.CountAsync()));

        foreach (var viewer in new[] { "ceo", "manager", "employee" })
        {
            var client = await org.ApiAsync(viewer);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/person-attributes")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(client, csv)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync("/api/v1/person-attributes?name=gender")).StatusCode);
        Assert.Equal(0, await org.DbAsync(db => db.PersonAttributes.CountAsync()));
        // Another organisation's HR records nothing about these people: their emails are unknown there.
        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");
        await JsonAsync(await ImportAsync(stranger, $"email,attribute,value\n{org.Email("employee")},gender,woman\n"), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Fairness_ShowsGroupsAtTheThreshold_CombinesSmallerOnes()
    {
        var org = await NewOrgAsync();
        var cycle = await org.CalibratingCycleAsync(); // employee 4, peer 2, other 3
        var hr = await org.ApiAsync("hr");
        static List<(string, int)> Groups(JsonElement fairness, string attribute) => [.. fairness.GetProperty("equity").EnumerateArray()
            .Single(a => a.GetProperty("attribute").GetString() == attribute).GetProperty("groups").EnumerateArray()
            .Select(g => (g.GetProperty("name").GetString()!, g.GetProperty("people").GetInt32()))];
        await JsonAsync(await ImportAsync(hr, "email,attribute,value\n" + string.Join('\n', Rated.Select(p => $"{org.Email(p)},site,north"))
            + "\n" + string.Join('\n', new[] { ("employee", "a"), ("peer", "a"), ("other", "b") }.Select(p => $"{org.Email(p.Item1)},band,{p.Item2}"))), HttpStatusCode.OK);
        var fairness = await hr.GetFromJsonAsync<JsonElement>($"/api/v1/review-cycles/{cycle}/fairness");
        Assert.Equal([("north", 3)], Groups(fairness, "site"));
        // "a" (2) and "b" (1) are each under 3: shown only together.
        Assert.Equal([("Other groups, combined", 3)], Groups(fairness, "band"));
        Assert.DoesNotContain("\"b\"", fairness.GetRawText(), StringComparison.Ordinal);
        var north = fairness.GetProperty("equity").EnumerateArray().First().GetProperty("groups")[0];
        Assert.Equal([0, 1, 1, 1, 0], north.GetProperty("final").GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/review-cycles/{cycle}/fairness")).StatusCode);
    }
}

public sealed class EquityTests_Sqlite() : EquityTests(TandemApp.Sqlite);

public sealed class EquityTests_Postgres() : EquityTests(TandemApp.Postgres);
