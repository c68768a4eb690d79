using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// Issue 21's figures, timed once against the running benchmark build: a morning's 1:1 reminders for the whole data set
/// (every 1:1 of the next day, both people) queued as notices, then their emails sent to a local SMTP server that
/// discards them; Tandem's memory (VmRSS) is sampled every 100 ms through both. Targets: queued in ≤ 30 s, sent at
/// ≥ 200 messages/s, memory flat. The table goes to notices.table in the work directory.
/// </summary>
public static class NoticeBench
{
    public static async Task<int> RunAsync(Uri baseUrl, string directory, int pid, int smtpPort)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(30) };
        var lines = new List<string> { "", "Notices and email (issue 21), timed once:", "", "| step | seconds | what | Tandem's memory (VmRSS) |", "|---|---:|---|---|" };

        var (queued, queueMemory) = await SampledAsync(pid, () => PostAsync(http, "/bench/jobs/reminders"));
        var notices = queued.GetProperty("notices").GetInt32();
        var queueSeconds = queued.GetProperty("seconds").GetDouble();
        lines.Add(Row("a morning's 1:1 reminders queued", queueSeconds, $"{notices:N0} notices (target ≤ 30 s: {(queueSeconds <= 30 ? "met" : "missed")})", queueMemory));

        var (sent, sendMemory) = await SampledAsync(pid, () => PostAsync(http, $"/bench/jobs/email?port={smtpPort}"));
        var emails = sent.GetProperty("claimed").GetInt32();
        var sendSeconds = sent.GetProperty("seconds").GetDouble();
        var rate = emails / Math.Max(sendSeconds, 0.001);
        lines.Add(Row("their emails sent to a local SMTP server", sendSeconds,
            $"{emails:N0} emails, {rate:N0}/s (target ≥ 200/s: {(rate >= 200 ? "met" : "missed")})", sendMemory));

        await File.WriteAllLinesAsync(Path.Combine(directory, "notices.table"), lines);
        foreach (var line in lines.Skip(5)) Console.WriteLine(line);
        return 0;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path)
    {
        using var response = await http.PostAsync(path, null);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    // Runs the step while reading Tandem's resident memory every 100 ms: "start → peak → end" in MB.
    private static async Task<(JsonElement, string)> SampledAsync(int pid, Func<Task<JsonElement>> step)
    {
        var start = Rss(pid);
        var peak = start;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Rss(pid));
                await Task.Delay(100, CancellationToken.None);
            }
        });
        var result = await step();
        await stop.CancelAsync();
        await sampler;
        return (result, $"{start} → peak {peak} → {Rss(pid)} MB");
    }

    private static int Rss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static string Row(string step, double seconds, string what, string memory) =>
        $"| {step} | {seconds.ToString("F2", CultureInfo.InvariantCulture)} | {what} | {memory} |";
}
