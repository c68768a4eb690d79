using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// Issue 19's one-off measurements on the 100,000-person organisation, before the load scenarios: HR previews and opens
/// a review cycle over everyone (every participant, self, manager and upward review written at once) and streams the
/// results CSV once. The timings go to a table in the work directory that run.sh adds to the results file; the
/// cycle then serves the "my reviews" and progress scenarios. <see cref="Reset"/> removes it before the next run.
/// </summary>
public static class ReviewBench
{
    public const string Prefix = "Bench cycle";

    public static async Task<Guid> OpenCycleAsync(HttpClient http, string hr, string directory)
    {
        var template = await SendAsync(http, hr, HttpMethod.Post, "/api/v1/review-templates/library", new { key = "annual" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await SendAsync(http, hr, HttpMethod.Post, "/api/v1/review-cycles", new
        {
            name = $"{Prefix} {DateTime.UtcNow:yyyyMMdd-HHmm}", kind = "AdHoc", periodStart = today.AddYears(-1), periodEnd = today,
            templateId = template.GetProperty("id").GetGuid(), upwardReviews = true, population = new { kind = "Organization" },
            dates = new { selfReviewDue = today.AddDays(7), peerReviewDue = today.AddDays(14), managerReviewDue = today.AddDays(21), releaseOn = today.AddDays(28), acknowledgeDue = today.AddDays(35) },
        });
        var id = created.GetProperty("id").GetGuid();
        var lines = new List<string> { "", "Review cycle over the whole organisation (issue 19), timed once:", "", "| step | seconds | what |", "|---|---:|---|" };

        var clock = Stopwatch.StartNew();
        var preview = await SendAsync(http, hr, HttpMethod.Get, $"/api/v1/review-cycles/{id}/preview", null);
        lines.Add(Row("preview", clock.Elapsed, $"{preview.GetProperty("people").GetInt32():N0} people, {preview.GetProperty("upwardReviews").GetInt32():N0} upward reviews"));
        clock.Restart();
        var opened = await SendAsync(http, hr, HttpMethod.Post, $"/api/v1/review-cycles/{id}/open", new { version = 0 });
        lines.Add(Row("open", clock.Elapsed, $"{opened.GetProperty("count").GetInt32():N0} participants with their self, manager and upward reviews"));
        clock.Restart();
        var progress = await SendAsync(http, hr, HttpMethod.Get, $"/api/v1/review-cycles/{id}/progress", null);
        lines.Add(Row("progress (first read)", clock.Elapsed, $"{progress.GetProperty("people").GetInt32():N0} people"));
        clock.Restart();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/review-cycles/{id}/export");
        BenchHttp.AddCredential(request, hr);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var firstByte = clock.Elapsed;
        await using var body = await response.Content.ReadAsStreamAsync();
        var (bytes, rows) = await CountAsync(body);
        lines.Add(Row("results CSV", clock.Elapsed, $"{rows:N0} lines, {bytes / 1_000_000.0:F1} MB; first byte after {firstByte.TotalMilliseconds:F0} ms"));
        await File.WriteAllLinesAsync(Path.Combine(directory, "reviews.table"), lines);
        foreach (var line in lines.Skip(5)) Console.WriteLine(line);
        return id;
    }

    private static string Row(string step, TimeSpan time, string what) => $"| {step} | {time.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} | {what} |";

    private static async Task<(long Bytes, long Rows)> CountAsync(Stream body)
    {
        var buffer = new byte[64 * 1024];
        long bytes = 0, rows = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            rows += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (bytes, rows);
    }

    /// <summary>Sends a request and answers its JSON; a refusal stops the run with what the app said.</summary>
    internal static async Task<JsonElement> SendAsync(HttpClient http, string token, HttpMethod method, string path, object? body)
    {
        using var response = await BenchHttp.Send(http, token, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
