using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>
/// Issue 20's one-off measurements on the 100,000-person organisation: a second cycle over everyone, with calibration, is
/// opened; every manager review is marked submitted with a score straight in the database (writing 100,000 reviews through
/// the API is not what is measured); the cycle moves into calibration; HR sets up a session of the bench employee's tree
/// (1,110 people: the issue's 1,000-person group — the bench departments have 11,111), reads it, makes 50 changes one
/// after another, and reads the leniency of every manager of the cycle. The session then serves the load scenarios.
/// <see cref="Reset"/> removes the cycle before the next run (its name starts with <see cref="ReviewBench.Prefix"/>).
/// </summary>
public static class CalibrationBench
{
    private const int Moves = 50;
    private static readonly int[] Guideline = [5, 20, 50, 20, 5];

    public static async Task<Guid> PrepareAsync(HttpClient http, string hr, Guid groupManager, string directory, DatabaseProvider provider, string connection)
    {
        var template = await ReviewBench.SendAsync(http, hr, HttpMethod.Post, "/api/v1/review-templates/library", new { key = "half-year" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await ReviewBench.SendAsync(http, hr, HttpMethod.Post, "/api/v1/review-cycles", new
        {
            name = $"{ReviewBench.Prefix} calibration {DateTime.UtcNow:yyyyMMdd-HHmm}", kind = "AdHoc", periodStart = today.AddYears(-1), periodEnd = today,
            templateId = template.GetProperty("id").GetGuid(), calibration = true, population = new { kind = "Organization" },
            dates = new { selfReviewDue = today.AddDays(7), managerReviewDue = today.AddDays(21), calibrationDue = today.AddDays(25), releaseOn = today.AddDays(28), acknowledgeDue = today.AddDays(35) },
        });
        var cycle = created.GetProperty("id").GetGuid();
        await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/review-cycles/{cycle}/open", new { version = 0 });
        var submitted = await SubmitManagerReviewsAsync(provider, connection, cycle);
        for (var i = 0; i < 2; i++) // into manager reviews, then calibration
        {
            var version = (await ReviewBench.SendAsync(http, hr, HttpMethod.Get, $"/api/v1/review-cycles/{cycle}", null)).GetProperty("version").GetInt64();
            await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/review-cycles/{cycle}/advance", new { version });
        }
        var lines = new List<string> { "", "Calibration on the same organisation (issue 20), timed once:", "", "| step | ms | what |", "|---|---:|---|" };

        var clock = Stopwatch.StartNew();
        var session = await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/review-cycles/{cycle}/calibration-sessions", new
        {
            name = "Bench calibration", group = new { kind = "ManagerTree", ids = new[] { groupManager } }, inviteManagers = true, guideline = Guideline,
        });
        lines.Add(Row("set up a session", clock.Elapsed, $"{session.GetProperty("people").GetInt32():N0} people, {session.GetProperty("participants").GetInt32()} participants invited"));
        var id = session.GetProperty("id").GetGuid();
        clock.Restart();
        var board = await ReviewBench.SendAsync(http, hr, HttpMethod.Get, $"/api/v1/calibration-sessions/{id}", null);
        lines.Add(Row("the session's board (API, first read)", clock.Elapsed, $"{board.GetProperty("people").GetArrayLength():N0} people with past cycles, distributions, leniency"));

        var times = new List<double>();
        foreach (var person in board.GetProperty("people").EnumerateArray().Where(p => p.TryGetProperty("rating", out var r) && r.ValueKind == JsonValueKind.Number).Take(Moves))
        {
            var rating = person.GetProperty("rating").GetInt32() % 5 + 1;
            clock.Restart();
            await ReviewBench.SendAsync(http, hr, HttpMethod.Post, $"/api/v1/calibration-sessions/{id}/entries/{person.GetProperty("entryId").GetGuid()}/changes",
                new { rating, reason = "Bench move: compared with others at similar goal scores.", version = person.GetProperty("version").GetInt64() });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        lines.Add($"| a change (move), one after another | p50 {Percentile(times, 0.5):F1}, p95 {Percentile(times, 0.95):F1} | {times.Count} changes of rating, each with its reason, audited |");

        var fairness = new List<double>();
        JsonElement cycleFairness = default;
        for (var i = 0; i < 3; i++)
        {
            clock.Restart();
            cycleFairness = await ReviewBench.SendAsync(http, hr, HttpMethod.Get, $"/api/v1/review-cycles/{cycle}/fairness", null);
            fairness.Add(clock.Elapsed.TotalMilliseconds);
        }
        lines.Add($"| leniency of every manager of the cycle, and the rater effect | {string.Join(", ", fairness.Select(f => f.ToString("F0", CultureInfo.InvariantCulture)))} | " +
                  $"{cycleFairness.GetProperty("rated").GetInt32():N0} ratings ({submitted:N0} submitted), {cycleFairness.GetProperty("fairness").GetProperty("managers").GetArrayLength():N0} managers; three reads |");
        await File.WriteAllLinesAsync(Path.Combine(directory, "calibration.table"), lines);
        foreach (var line in lines.Skip(5)) Console.WriteLine(line);
        return id;
    }

    // Every manager review of the cycle submitted, scored 1–5 as its writer tends to (a manager's own lean, plus noise).
    private static async Task<int> SubmitManagerReviewsAsync(DatabaseProvider provider, string connection, Guid cycle)
    {
        await using var db = DataSetup.CreateContext(provider, connection);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var now = DateTimeOffset.UtcNow;
        var reviews = await db.Reviews.IgnoreQueryFilters().Where(r => r.CycleId == cycle && r.Kind == Tandem.Features.Reviews.ReviewKind.Manager)
            .Select(r => new { r.Id, r.WriterId }).ToListAsync();
        var random = new Random(20);
        var lean = new Dictionary<Guid, double>();
        var byScore = reviews.GroupBy(r =>
        {
            if (!lean.TryGetValue(r.WriterId, out var l)) lean[r.WriterId] = l = (random.NextDouble() - 0.5) * 1.5;
            return Math.Clamp(Math.Round(3 + l + (random.NextDouble() - 0.5) * 2), 1, 5);
        });
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var group in byScore)
        {
            foreach (var chunk in group.Select(r => r.Id).Chunk(5_000))
            {
                var score = group.Key;
                await db.Reviews.IgnoreQueryFilters().Where(x => x.CycleId == cycle && chunk.Contains(x.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.State, Tandem.Features.Reviews.ReviewState.Submitted).SetProperty(x => x.Score, score).SetProperty(x => x.SubmittedAt, now));
            }
        }
        await transaction.CommitAsync();
        return reviews.Count;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Row(string step, TimeSpan time, string what) => $"| {step} | {time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)} | {what} |";
}
