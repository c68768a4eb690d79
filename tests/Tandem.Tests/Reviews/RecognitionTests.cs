using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Reviews;

/// <summary>
/// A cycle's recognition of a person (a note, a promotion or raise recommendation): recorded by the reviewing manager or
/// HR once the manager review is in; read by HR and the manager chain; never by the person, a peer or another organisation.
/// </summary>
public abstract class RecognitionTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task Recognition_ByTheManagerOrHr_ReadByTheChain_NeverByThePerson()
    {
        var org = await NewOrgAsync();
        var cycle = await org.OpenCycleAsync("conversation");
        await org.AdvanceToAsync(cycle, "ManagerReview");
        var url = $"/api/v1/review-cycles/{cycle}/people/{org["employee"]}";
        var manager = await org.ApiAsync("manager");
        var body = new { promotion = true, raise = false, note = "Ready for the senior role by the spring.", version = 0 };
        await ProblemAsync(await manager.PutAsJsonAsync($"{url}/recognition", body), HttpStatusCode.Conflict);
        await JsonAsync(await org.AnswerAsync("manager", await org.ReviewOfAsync("manager", "Manager", "employee"), submit: true), HttpStatusCode.OK);

        await ProblemAsync(await (await org.ApiAsync("ceo")).PutAsJsonAsync($"{url}/recognition", body), HttpStatusCode.Forbidden);
        await ProblemAsync(await manager.PutAsJsonAsync($"{url}/recognition", body with { note = new string('x', 2001) }), HttpStatusCode.UnprocessableEntity, "Note");
        var saved = await JsonAsync(await manager.PutAsJsonAsync($"{url}/recognition", body), HttpStatusCode.OK);
        Assert.True(saved.GetProperty("recognition").GetProperty("promotion").GetBoolean());
        await ProblemAsync(await (await org.ApiAsync("hr")).PutAsJsonAsync($"{url}/recognition", body with { raise = true }), HttpStatusCode.Conflict); // stale
        await JsonAsync(await (await org.ApiAsync("hr")).PutAsJsonAsync($"{url}/recognition", body with { raise = true, version = 1 }), HttpStatusCode.OK);

        var chain = await (await org.ApiAsync("ceo")).GetFromJsonAsync<JsonElement>(url);
        Assert.True(chain.GetProperty("recognition").GetProperty("raise").GetBoolean());
        Assert.Equal("Hana Resources", chain.GetProperty("recognition").GetProperty("by").GetString());
        foreach (var outsider in new[] { "peer", "otherManager" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync(outsider)).PutAsJsonAsync($"{url}/recognition", body)).StatusCode);

        await JsonAsync(await manager.PostAsync($"{url}/release", null), HttpStatusCode.OK);
        var employee = await org.ApiAsync("employee");
        var mine = await employee.GetStringAsync(url);
        Assert.DoesNotContain("senior role", mine, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(mine).RootElement.GetProperty("recognition").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.PutAsJsonAsync($"{url}/recognition", body)).StatusCode);
        var stranger = await (await NewOrgAsync("Elsewhere")).ApiAsync("hr");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"{url}/recognition", body)).StatusCode);
    }
}

public sealed class RecognitionTests_Sqlite() : RecognitionTests(TandemApp.Sqlite);

public sealed class RecognitionTests_Postgres() : RecognitionTests(TandemApp.Postgres);
