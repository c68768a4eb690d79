using System.Globalization;
using System.Text.Json;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Prepares the wrk scenarios of bench/run.sh against a running Tandem on the <see cref="FullData"/> set: signs in the
/// bench accounts and writes, per scenario, a line to <c>scenarios.tsv</c> (name, method, token file, paths file, body)
/// and the request lines (path, and an argument for the body) — including cursors found by walking the API lists 50,000
/// rows deep, and the raw baselines' paths (which name the account instead of sending a token).
/// </summary>
public static class Targets
{
    private const int DeepRows = 50_000;
    private const int PageSize = 100;

    public static async Task<int> WriteAsync(Uri baseUrl, string directory, DatabaseProvider provider, string connection, bool quick)
    {
        Directory.CreateDirectory(directory);
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        var manager = await BenchHttp.SignInAsync(http, FullData.Accounts[0]);
        var employee = await BenchHttp.SignInAsync(http, FullData.Accounts[1]);
        var hr = await BenchHttp.SignInAsync(http, FullData.Accounts[2]);
        // A token file holds the header line to send: a bearer token for the API, the sign-in cookie for pages.
        await File.WriteAllTextAsync(Path.Combine(directory, "manager.token"), manager);
        await File.WriteAllTextAsync(Path.Combine(directory, "employee.token"), employee);
        await File.WriteAllTextAsync(Path.Combine(directory, "hr.token"), hr);
        await File.WriteAllTextAsync(Path.Combine(directory, "manager-pages.token"), await BenchHttp.SignInPagesAsync(baseUrl, FullData.Accounts[0]));
        await File.WriteAllTextAsync(Path.Combine(directory, "employee-pages.token"), await BenchHttp.SignInPagesAsync(baseUrl, FullData.Accounts[1]));
        await File.WriteAllTextAsync(Path.Combine(directory, "hr-pages.token"), await BenchHttp.SignInPagesAsync(baseUrl, FullData.Accounts[2]));

        await File.WriteAllTextAsync(Path.Combine(directory, "none.token"), ""); // the raw baselines send no token

        var managerId = await PersonIdAsync(http, manager);
        var reports = await ReportsAsync(http, manager, managerId);
        // The manager's 1:1s are read (their held meetings); the employee's own reports' upcoming ones take the new topics.
        var held = new List<Guid>();
        foreach (var s in (await BenchHttp.GetJsonAsync(http, manager, "/api/v1/one-on-ones")).EnumerateArray().Take(10))
            held.AddRange((await MeetingsAsync(http, manager, s)).Where(m => m.GetProperty("status").GetString() == "Held").Take(3).Select(Id));
        var employeeId = await PersonIdAsync(http, employee);
        var upcoming = new List<Guid>();
        foreach (var s in (await BenchHttp.GetJsonAsync(http, employee, "/api/v1/one-on-ones")).EnumerateArray()
                     .Where(s => s.GetProperty("lead").GetProperty("id").GetGuid() == employeeId))
            upcoming.AddRange((await MeetingsAsync(http, employee, s)).Where(m => m.GetProperty("status").GetString() == "Scheduled").Select(Id));
        if (held.Count == 0 || upcoming.Count == 0) throw new InvalidOperationException("The bench accounts have no 1:1 meetings.");
        var company = (await BenchHttp.GetJsonAsync(http, employee, "/api/v1/goals/tree")).GetProperty("goals")[0].GetProperty("goal").GetProperty("id").GetGuid();
        var keyResults = await OpenKeyResultsAsync(http, hr);
        var managerUser = await BenchHttp.GetTextAsync(http, manager, "/bench/raw/whoami");
        var hrUser = await BenchHttp.GetTextAsync(http, hr, "/bench/raw/whoami");

        var cycle = await ReviewBench.OpenCycleAsync(http, hr, directory);
        // The bench employee leads a tree of 1,110 people: the calibration session's group.
        var session = await CalibrationBench.PrepareAsync(http, hr, employeeId, directory, provider, connection);
        var calibrated = (await BenchHttp.GetJsonAsync(http, hr, $"/api/v1/calibration-sessions/{session}")).GetProperty("cycleId").GetGuid();
        var talent = await TalentBench.PrepareAsync(http, hr, calibrated, directory, provider, connection);

        var scenarios = new List<string>();
        async Task Add(string name, string token, IEnumerable<string> lines, string method = "GET", string body = "")
        {
            var file = Path.Combine(directory, $"scenario-{scenarios.Count + 1:00}.paths");
            await File.WriteAllLinesAsync(file, lines);
            scenarios.Add(string.Join('\t', name, method, token, file, body));
        }
        await Add("manager home page", "manager-pages", ["/"]);
        await Add("team page", "manager-pages", ["/team"]);
        await Add("profile page", "manager-pages", reports.Select(r => $"/people/{r}"));
        await Add("1:1 meeting page", "manager-pages", held.Select(m => $"/one-on-ones/meetings/{m}"));
        await Add("goal tree, top levels", "employee-pages", ["/goals/tree"]);
        await Add("goal tree, expand a company goal", "employee-pages", [$"/goals/tree/branches/{company}"]);
        await Add("feedback inbox", "employee-pages", ["/feedback"]);
        await Add("my reviews page (manager)", "manager-pages", ["/reviews"]);
        await Add("my reviews (API, manager)", "manager", ["/api/v1/me/reviews"]);
        await Add("review cycle progress (HR, 100,000 people)", "hr", [$"/api/v1/review-cycles/{cycle}/progress"]);
        // The manager's reviews of their reports in the year-long bench cycle, each with its evidence packet.
        var managerReviews = (await BenchHttp.GetJsonAsync(http, manager, "/api/v1/me/reviews")).GetProperty("toWrite").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "Manager" && r.GetProperty("cycleId").GetGuid() == cycle).Select(r => r.GetProperty("reviewId").GetGuid()).ToList();
        if (managerReviews.Count == 0) throw new InvalidOperationException("The bench manager has no manager review in the bench cycle.");
        await Add("review with evidence packet (API, manager)", "manager", managerReviews.Select(r => $"/api/v1/reviews/{r}"));
        await Add("review writing page with evidence (manager)", "manager-pages", managerReviews.Select(r => $"/reviews/{r}"));
        await Add("calibration session page (HR, 1,110 people)", "hr-pages", [$"/calibration/{session}"]);
        await Add("calibration session (API, HR, 1,110 people)", "hr", [$"/api/v1/calibration-sessions/{session}"]);
        await Add("talent review page (HR, 200 key roles)", "hr-pages", [$"/talent/{talent.Review}"]);
        await Add("key role page (HR)", "hr-pages", [$"/talent/roles/{talent.Role}"]);
        await Add("talent review (API, HR, 200 key roles)", "hr", [$"/api/v1/talent-reviews/{talent.Review}"]);
        await Add("person by id (API)", "manager", reports.Select(r => $"/api/v1/people/{r}"));
        await Add(Report.RawPrefix + "person by id (API)", "none", reports.Select(r => $"/bench/raw/people/{r}?user={managerUser}"));
        // Finding people and goals while typing (issue 18), in the generated names ("Person 000123") and goal titles ("2026
        // Q1 Person 000123 goal 2", "… Department 01 goal"): a few people, a common start, a rare one, words of goals, nothing.
        string[] typed = ["person 0001", "pe", "000123", "bench", "department 0", "q4 goal", "2026 q1 person 0009", "goal", "zz", "team 01"];
        var queries = typed.Select(Uri.EscapeDataString).ToList();
        await Add("search (API)", "employee", queries.Select(q => $"/api/v1/search?q={q}"));
        await Add("search suggestions (HTML fragment)", "employee-pages", queries.Select(q => $"/search/suggest?q={q}"));
        await Add("people picker suggestions (HTML fragment)", "employee-pages", queries.Take(8).Select(q => $"/people/matches?q={q}"));
        // The organisation-wide lists, as HR reads them: the first page, and one far down.
        foreach (var list in new[] { "people", "goals", "feedback/praise" })
        {
            await Add($"API {list}, first page", "hr", [$"/api/v1/{list}?limit=50"]);
            if (list == "people") await Add(Report.RawPrefix + "API people, first page", "none", [$"/bench/raw/people?limit=50&user={hrUser}"]);
            if (quick) continue;
            var cursor = await CursorAtAsync(http, hr, $"/api/v1/{list}", DeepRows);
            await Add($"API {list}, {DeepRows:N0} rows deep", "hr", [$"/api/v1/{list}?limit=50&after={Uri.EscapeDataString(cursor)}"]);
        }
        // Writes. A check-in line carries its key result's version; scenario.lua keeps each thread to its own line.
        await Add(Report.WritePrefix + "add agenda topic", "employee", upcoming.Select(m => $"/api/v1/meetings/{m}/topics"), "POST", $"{{\"text\":\"{Reset.Topic}\"}}");
        var employeeReports = await ReportsAsync(http, employee, employeeId);
        await Add(Report.WritePrefix + "give feedback", "employee", employeeReports.Select(r => $"/api/v1/feedback\t{r}"), "POST",
            $"{{\"receiverId\":\"{{arg}}\",\"kind\":\"Praise\",\"text\":\"{Reset.Praise}\"}}");
        await Add(Report.WritePrefix + "update a key result", "hr", keyResults.Select(k => $"/api/v1/key-results/{k.Id}/check-ins\t{k.Version}"), "POST",
            $"{{\"value\":{{n100}},\"status\":\"OnTrack\",\"confidence\":7,\"comment\":\"{Reset.CheckIn}\",\"version\":{{arg}}}}");
        await File.WriteAllLinesAsync(Path.Combine(directory, "scenarios.tsv"), scenarios);
        Console.WriteLine($"{scenarios.Count} scenarios written to {directory}.");
        return 0;
    }

    private static async Task<Guid> PersonIdAsync(HttpClient http, string token) =>
        (await BenchHttp.GetJsonAsync(http, token, "/api/v1/me")).GetProperty("personId").GetGuid();

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private static async Task<List<Guid>> ReportsAsync(HttpClient http, string token, Guid managerId) =>
        [.. (await BenchHttp.GetJsonAsync(http, token, $"/api/v1/people?limit=100&managerId={managerId}")).GetProperty("items").EnumerateArray().Select(Id)];

    private static async Task<IEnumerable<JsonElement>> MeetingsAsync(HttpClient http, string token, JsonElement series) =>
        (await BenchHttp.GetJsonAsync(http, token, $"/api/v1/one-on-ones/{Id(series)}/meetings")).EnumerateArray();

    // The key results of team goals in the open quarter, which HR may check in on: spread over this many goals, the
    // check-ins of a run add a few dozen updates to each goal's history, as a busy quarter would.
    private const int CheckInGoals = 200;

    private static async Task<List<(Guid Id, long Version)>> OpenKeyResultsAsync(HttpClient http, string token)
    {
        var periods = await BenchHttp.GetJsonAsync(http, token, "/api/v1/goal-periods");
        var current = Id(periods.EnumerateArray().Single(p => p.GetProperty("current").GetBoolean()));
        async Task<List<Guid>> Level(string path) =>
            [.. (await BenchHttp.GetJsonAsync(http, token, $"{path}?periodId={current}&limit=50")).GetProperty("goals").EnumerateArray()
                .Select(n => Id(n.GetProperty("goal")))];
        var teamGoals = new List<Guid>();
        foreach (var company in await Level("/api/v1/goals/tree"))
            foreach (var department in await Level($"/api/v1/goals/{company}/children"))
                teamGoals.AddRange(await Level($"/api/v1/goals/{department}/children"));
        var keyResults = new List<(Guid, long)>();
        foreach (var goalId in teamGoals)
        {
            if (keyResults.Count >= 2 * CheckInGoals) break;
            var goal = await BenchHttp.GetJsonAsync(http, token, $"/api/v1/goals/{goalId}");
            if (!goal.GetProperty("can").GetProperty("checkIn").GetBoolean()) continue;
            keyResults.AddRange(goal.GetProperty("keyResults").EnumerateArray().Select(k => (Id(k), k.GetProperty("version").GetInt64())));
        }
        return keyResults;
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
