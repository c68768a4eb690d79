using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Issue 20's talent review and equity view on the 100,000-person organisation, timed once: HR imports two attributes for
/// everyone (200,000 values, one CSV), reads the calibrated cycle's fairness with its equity view, sets up a talent review of
/// 200 key roles held by managers with 3 successors each; the review and one role then serve the load scenarios.
/// <see cref="Reset"/> removes the review and the attributes before the next run.
/// </summary>
public static class TalentBench
{
    public const string Name = "Bench talent review";
    private const int Roles = 200, SuccessorsEach = 3;

    public static async Task<(Guid Review, Guid Role)> PrepareAsync(HttpClient http, string hr, Guid cycle, string directory, DatabaseProvider provider, string connection)
    {
        await using var db = DataSetup.CreateContext(provider, connection);
        var org = await db.ReviewCycles.IgnoreQueryFilters().Where(c => c.Id == cycle).Select(c => c.OrganizationId).SingleAsync();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.OrganizationId == org).OrderBy(p => p.Id).Select(p => new { p.Id, p.Email, p.ManagerId }).ToListAsync();
        var lines = new List<string> { "", "Talent review and the equity view on the same organisation (issue 20), timed once:", "", "| step | ms | what |", "|---|---:|---|" };

        // Two attributes for everyone: a band of 5 values, and a site of 8 common values and 3 rare ones (2 people each), so that combining is exercised.
        var csv = new StringBuilder("email,attribute,value\n");
        for (var i = 0; i < people.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{people[i].Email},band,band {i % 5 + 1}\n");
            csv.Append(CultureInfo.InvariantCulture, $"{people[i].Email},site,{(i < 6 ? $"rare site {i / 2}" : $"site {i % 8}")}\n");
        }
        var clock = Stopwatch.StartNew();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/person-attributes/import") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") })
        {
            BenchHttp.AddCredential(request, hr);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"attribute import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        lines.Add(Row("import attributes (CSV)", clock.Elapsed, $"{people.Count * 2:N0} values of 2 attributes, all or nothing"));
        var reads = new List<double>();
        var groups = 0;
        for (var i = 0; i < 3; i++)
        {
            clock.Restart();
            var fairness = await ReviewBench.SendAsync(http, hr, HttpMethod.Get, $"/api/v1/review-cycles/{cycle}/fairness", null);
            reads.Add(clock.Elapsed.TotalMilliseconds);
            groups = fairness.GetProperty("equity").EnumerateArray().Sum(a => a.GetProperty("groups").GetArrayLength());
        }
        lines.Add($"| the cycle's fairness with the equity view | {string.Join(", ", reads.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} | leniency, rater effect and {groups} groups of 2 attributes; three reads |");

        // Not the HR admin's own: nobody records talent data about themselves.
        var me = (await BenchHttp.GetJsonAsync(http, hr, "/api/v1/me")).GetProperty("personId").GetGuid();
        var managers = people.Where(p => p.ManagerId is not null && p.ManagerId != me).Select(p => p.ManagerId!.Value).Distinct().Take(Roles).ToList();
        var review = (await ReviewBench.SendAsync(http, hr, HttpMethod.Post, "/api/v1/talent-reviews", new { name = Name })).GetProperty("id").GetGuid();
        var roleTimes = new List<double>();
        var nominationTimes = new List<double>();
        var firstRole = Guid.Empty;
        var random = new Random(20);
        string[] readiness = ["ReadyNow", "OneToTwoYears", "ThreeYearsOrMore"];
        string[] levels = ["Low", "Medium", "High"];
        foreach (var holder in managers)
        {
            clock.Restart();
            var role = (await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/talent-reviews/{review}/key-roles", new
            {
                title = $"Key role {roleTimes.Count + 1:000}", holderId = holder, leadsPeople = true, flightRisk = levels[random.Next(3)], impactOfLoss = levels[random.Next(3)],
            })).GetProperty("id").GetGuid();
            roleTimes.Add(clock.Elapsed.TotalMilliseconds);
            if (firstRole == Guid.Empty) firstRole = role;
            foreach (var successor in people.Where(p => p.ManagerId == holder && p.Id != me).Take(SuccessorsEach))
            {
                clock.Restart();
                await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/key-roles/{role}/successors", new { personId = successor.Id, readiness = readiness[random.Next(3)] });
                nominationTimes.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        roleTimes.Sort();
        nominationTimes.Sort();
        lines.Add($"| add a key role, one after another | p50 {Percentile(roleTimes, 0.5):F1}, p95 {Percentile(roleTimes, 0.95):F1} | {roleTimes.Count} roles held by managers |");
        lines.Add($"| nominate a successor, one after another | p50 {Percentile(nominationTimes, 0.5):F1}, p95 {Percentile(nominationTimes, 0.95):F1} | {nominationTimes.Count} nominations, each answered with the role and its warnings |");
        await File.WriteAllLinesAsync(Path.Combine(directory, "talent.table"), lines);
        foreach (var line in lines.Skip(5)) Console.WriteLine(line);
        return (review, firstRole);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Row(string step, TimeSpan time, string what) => $"| {step} | {time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} | {what} |";
}
