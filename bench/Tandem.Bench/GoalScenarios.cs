using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// The goal scenarios of issue 3 against a running Tandem on the <see cref="GoalData"/> organisation: the
/// alignment tree page, expanding a branch at each level (page fragment and API), and a check-in with its
/// roll-up up to the company goal. Results are appended to a Markdown file.
/// </summary>
public static class GoalScenarios
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(Uri baseUrl, string resultsFile, int concurrency = 8)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var employee = await BenchHttp.SignInAsync(http, GoalData.Email);
        var employeePages = await BenchHttp.SignInPagesAsync(baseUrl, GoalData.Email);

        // Walk down one branch: company goal → department goal → team goal (about 99 person goals under it).
        var roots = await BenchHttp.GetJsonAsync(http, employee, "/api/v1/goals/tree");
        var company = FirstGoal(roots);
        var department = FirstGoal(await BenchHttp.GetJsonAsync(http, employee, $"/api/v1/goals/{company}/children"));
        var team = FirstGoal(await BenchHttp.GetJsonAsync(http, employee, $"/api/v1/goals/{department}/children"));
        var mine = await BenchHttp.GetJsonAsync(http, employee, "/api/v1/goals?limit=50&ownerPersonId=" + await MyPersonIdAsync(http, employee));
        var keyResults = await MyKeyResultsAsync(http, employee, mine);
        if (keyResults.Count < concurrency) throw new InvalidOperationException($"The bench employee has {keyResults.Count} key results; {concurrency} are needed.");

        var results = new List<LoadResult>
        {
            await Load.RunAsync("tree page (HTML, top level)", concurrency, Duration, 20_000, (_, _) => BenchHttp.Get(http, employeePages, "/goals/tree")),
            await Load.RunAsync("expand company goal (HTML fragment)", concurrency, Duration, 20_000,
                (_, _) => BenchHttp.Get(http, employeePages, $"/goals/tree/branches/{company}")),
            await Load.RunAsync("expand team goal (HTML fragment, 50 of ~99)", concurrency, Duration, 20_000,
                (_, _) => BenchHttp.Get(http, employeePages, $"/goals/tree/branches/{team}")),
            await Load.RunAsync("tree top level (API)", concurrency, Duration, 20_000, (_, _) => BenchHttp.Get(http, employee, "/api/v1/goals/tree")),
            await Load.RunAsync("expand team goal (API)", concurrency, Duration, 20_000,
                (_, _) => BenchHttp.Get(http, employee, $"/api/v1/goals/{team}/children")),
            // Each worker checks in on its own key result, carrying the version it got back: no conflicts by design.
            await Load.RunAsync("check-in with roll-up to the company goal", concurrency, Duration, 20_000, async (worker, i) =>
            {
                var (id, version) = keyResults[worker];
                var response = await BenchHttp.Send(http, employee, HttpMethod.Post, $"/api/v1/key-results/{id}/check-ins", new
                {
                    value = (i * 7 + worker) % 101, status = "OnTrack", confidence = 7, comment = "Bench check-in", version,
                });
                if (response.IsSuccessStatusCode)
                {
                    var goal = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var updated = goal.GetProperty("keyResults").EnumerateArray().First(k => k.GetProperty("id").GetGuid() == id);
                    keyResults[worker] = (id, updated.GetProperty("version").GetInt64());
                }
                return response;
            }),
        };

        return await BenchHttp.ReportAsync("Goals", Duration, results, resultsFile);
    }

    private static async Task<Guid> MyPersonIdAsync(HttpClient http, string token) =>
        (await BenchHttp.GetJsonAsync(http, token, "/api/v1/me")).GetProperty("personId").GetGuid();

    private static async Task<List<(Guid Id, long Version)>> MyKeyResultsAsync(HttpClient http, string token, JsonElement goals)
    {
        var list = new List<(Guid, long)>();
        foreach (var match in goals.GetProperty("items").EnumerateArray())
        {
            var id = match.GetProperty("node").GetProperty("goal").GetProperty("id").GetGuid();
            var goal = await BenchHttp.GetJsonAsync(http, token, $"/api/v1/goals/{id}");
            list.AddRange(goal.GetProperty("keyResults").EnumerateArray().Select(k => (k.GetProperty("id").GetGuid(), k.GetProperty("version").GetInt64())));
        }
        return list;
    }

    private static Guid FirstGoal(JsonElement level) => level.GetProperty("goals")[0].GetProperty("goal").GetProperty("id").GetGuid();

}
