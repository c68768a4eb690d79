using System.Globalization;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// Prepares the wrk scenarios of bench/run.sh against a running Tandem on the <see cref="FullData"/> set: signs in the
/// bench accounts and writes, per scenario, a line to <c>scenarios.tsv</c> (name, method, token file, paths file, body)
/// and the paths to request — including cursors found by walking the API lists 50,000 rows deep.
/// </summary>
public static class Targets
{
    private const int DeepRows = 50_000;
    private const int PageSize = 100;

    public static async Task<int> WriteAsync(Uri baseUrl, string directory, bool quick)
    {
        Directory.CreateDirectory(directory);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        var manager = await BenchHttp.SignInAsync(http, FullData.Accounts[0]);
        var employee = await BenchHttp.SignInAsync(http, FullData.Accounts[1]);
        var hr = await BenchHttp.SignInAsync(http, FullData.Accounts[2]);
        await File.WriteAllTextAsync(Path.Combine(directory, "manager.token"), manager);
        await File.WriteAllTextAsync(Path.Combine(directory, "employee.token"), employee);
        await File.WriteAllTextAsync(Path.Combine(directory, "hr.token"), hr);

        var reports = (await BenchHttp.GetJsonAsync(http, manager, "/api/v1/people?limit=100&managerId=" + await PersonIdAsync(http, manager)))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        var series = await BenchHttp.GetJsonAsync(http, manager, "/api/v1/one-on-ones");
        var meetings = new List<Guid>();
        foreach (var s in series.EnumerateArray().Take(10))
        {
            var list = await BenchHttp.GetJsonAsync(http, manager, $"/api/v1/one-on-ones/{s.GetProperty("id").GetGuid()}/meetings");
            meetings.AddRange(list.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).TakeLast(3));
        }
        var company = (await BenchHttp.GetJsonAsync(http, employee, "/api/v1/goals/tree")).GetProperty("goals")[0].GetProperty("goal").GetProperty("id").GetGuid();
        var keyResults = await KeyResultsAsync(http, employee);
        var upcoming = meetings.Count > 0 ? meetings[^1] : throw new InvalidOperationException("The bench manager has no 1:1 meetings.");

        var scenarios = new List<string>();
        async Task Add(string name, string token, IEnumerable<string> paths, string method = "GET", string body = "")
        {
            var file = Path.Combine(directory, $"scenario-{scenarios.Count + 1:00}.paths");
            await File.WriteAllLinesAsync(file, paths);
            scenarios.Add(string.Join('\t', name, method, token, file, body));
        }
        await Add("manager home page", "manager", ["/"]);
        await Add("team page", "manager", ["/team"]);
        await Add("profile page", "manager", reports.Select(r => $"/people/{r}"));
        await Add("1:1 meeting page", "manager", meetings.Select(m => $"/one-on-ones/meetings/{m}"));
        await Add("goal tree, top levels", "employee", ["/goals/tree"]);
        await Add("goal tree, expand a company goal", "employee", [$"/goals/tree/branches/{company}"]);
        await Add("feedback inbox", "employee", ["/feedback"]);
        await Add("person by id (API)", "manager", reports.Select(r => $"/api/v1/people/{r}"));
        // The organisation-wide lists, as HR reads them: the first page, and one far down.
        foreach (var list in new[] { "people", "goals", "feedback/praise" })
        {
            await Add($"API {list}, first page", "hr", [$"/api/v1/{list}?limit=50"]);
            if (quick) continue;
            var cursor = await CursorAtAsync(http, hr, $"/api/v1/{list}", DeepRows);
            await Add($"API {list}, {DeepRows:N0} rows deep", "hr", [$"/api/v1/{list}?limit=50&after={Uri.EscapeDataString(cursor)}"]);
        }
        // Writes: each wrk thread takes its own key result (see scenario.lua), so check-ins don't collide on versions.
        await Add("write: add agenda topic", "manager", [$"/api/v1/meetings/{upcoming}/topics"], "POST", "{\"text\":\"Bench topic {n}\"}");
        await Add("write: give feedback", "manager", ["/api/v1/feedback"], "POST",
            $"{{\"receiverId\":\"{reports[0]}\",\"kind\":\"Praise\",\"text\":\"The incident write-up {{n}} was clear and quick.\"}}");
        await Add("write: update a key result", "employee", keyResults.Select(k => $"/api/v1/key-results/{k}/check-ins"), "POST",
            "{\"value\":{n100},\"status\":\"OnTrack\",\"confidence\":7,\"version\":{version}}");
        await File.WriteAllLinesAsync(Path.Combine(directory, "scenarios.tsv"), scenarios);
        Console.WriteLine($"{scenarios.Count} scenarios written to {directory}.");
        return 0;
    }

    private static async Task<Guid> PersonIdAsync(HttpClient http, string token) =>
        (await BenchHttp.GetJsonAsync(http, token, "/api/v1/me")).GetProperty("personId").GetGuid();

    private static async Task<List<Guid>> KeyResultsAsync(HttpClient http, string token)
    {
        var me = await PersonIdAsync(http, token);
        var goals = await BenchHttp.GetJsonAsync(http, token, $"/api/v1/goals?limit=50&ownerPersonId={me}");
        var ids = new List<Guid>();
        foreach (var match in goals.GetProperty("items").EnumerateArray())
        {
            var goal = await BenchHttp.GetJsonAsync(http, token, $"/api/v1/goals/{match.GetProperty("node").GetProperty("goal").GetProperty("id").GetGuid()}");
            ids.AddRange(goal.GetProperty("keyResults").EnumerateArray().Select(k => k.GetProperty("id").GetGuid()));
        }
        return ids;
    }

    // Follows the list's cursors until about <paramref name="rows"/> rows have gone by.
    private static async Task<string> CursorAtAsync(HttpClient http, string token, string path, int rows)
    {
        string? cursor = null;
        for (var seen = 0; seen < rows; seen += PageSize)
        {
            var page = await BenchHttp.GetJsonAsync(http, token, $"{path}?limit={PageSize}" + (cursor is null ? "" : $"&after={Uri.EscapeDataString(cursor)}"));
            cursor = page.GetProperty("next").GetString() ?? throw new InvalidOperationException($"{path} ended before {rows.ToString("N0", CultureInfo.InvariantCulture)} rows.");
        }
        return cursor!;
    }
}
