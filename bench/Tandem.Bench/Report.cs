using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// The results of a bench/run.sh run as Markdown: one row per scenario (the raw baselines beside the scenario they
/// mirror), then each target of issue 7 with the figure that meets or misses it.
/// </summary>
public static class Report
{
    public const string RawPrefix = "raw: ";
    public const string WritePrefix = "write: ";
    private const double HomeP95 = 50, HomeP99 = 150, HomeRate = 800, RawShare = 0.60, DeepGrowth = 1.5, WriteRate = 1000, WriteP99 = 250, RssLimit = 512;

    private static readonly (string Scenario, double P95)[] P95Targets = [("review with evidence packet (API, manager)", 100)];

    public static async Task<int> WriteAsync(string resultsFile, string outputFile, string provider, string set, int peakRssMb, int lockedErrors, string commit)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var all = (await File.ReadAllLinesAsync(resultsFile)).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Measured>(l, options)!).ToList();
        var byName = all.ToDictionary(m => m.Name);
        var raw = all.Where(m => m.Name.StartsWith(RawPrefix, StringComparison.Ordinal)).ToDictionary(m => m.Name[RawPrefix.Length..]);
        string Ratio(Measured m) => raw.TryGetValue(m.Name, out var r) ? $"{m.RequestsPerSecond / r.RequestsPerSecond:P0}" : "";

        var text = new StringBuilder();
        void Line(string line = "") => text.AppendLine(line);
        Line($"## Load on {provider}, {set} data set — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {commit}");
        Line();
        Line($"{Environment.ProcessorCount} cores, {Machine()}; wrk over loopback. Peak RSS of Tandem: {peakRssMb} MB.");
        Line();
        Line("| scenario | requests | requests/s | p50 ms | p95 ms | p99 ms | non-2xx | socket errors | Tandem / raw |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in all)
            Line(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Name} | {m.Requests:N0} | {m.RequestsPerSecond:N0} | {m.P50:0.0} | {m.P95:0.0} | {m.P99:0.0} | {m.Non2xx} | {m.SocketErrors} | {Ratio(m)} |"));

        Line();
        Line("| target | measured | met |");
        Line("|---|---|:-:|");
        void Target(string target, string measured, bool met) => Line($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");
        foreach (var name in new[] { "manager home page", "team page" })
        {
            if (!byName.TryGetValue(name, out var m)) continue;
            Target($"{name}: p95 ≤ {HomeP95} ms, p99 ≤ {HomeP99} ms, ≥ {HomeRate} requests/s", Invariant($"p95 {m.P95:0.0} ms, p99 {m.P99:0.0} ms, {m.RequestsPerSecond:N0}/s"),
                m.P95 <= HomeP95 && m.P99 <= HomeP99 && m.RequestsPerSecond >= HomeRate);
        }
        // Later issues' p95 targets, per scenario.
        foreach (var (name, p95) in P95Targets)
        {
            if (byName.TryGetValue(name, out var m)) Target($"{name}: p95 ≤ {p95} ms", Invariant($"p95 {m.P95:0.0} ms, {m.RequestsPerSecond:N0}/s"), m.Requests > 0 && m.P95 <= p95);
        }
        foreach (var (name, r) in raw)
        {
            if (!byName.TryGetValue(name, out var m)) continue;
            var share = m.RequestsPerSecond / r.RequestsPerSecond;
            Target($"{name}: ≥ {RawShare:P0} of the raw baseline", Invariant($"{m.RequestsPerSecond:N0}/s of {r.RequestsPerSecond:N0}/s = {share:P0}"), share >= RawShare);
        }
        foreach (var first in all.Where(m => m.Name.EndsWith(", first page", StringComparison.Ordinal)))
        {
            var list = first.Name[..^", first page".Length];
            if (all.FirstOrDefault(m => m.Name.StartsWith(list + ",", StringComparison.Ordinal) && m.Name.EndsWith("deep", StringComparison.Ordinal)) is not { } deep) continue;
            var growth = deep.P95 / first.P95;
            Target($"{list}: p95 deep within {DeepGrowth}× of the first page", Invariant($"{first.P95:0.0} ms → {deep.P95:0.0} ms ({growth:0.00}×)"), growth <= DeepGrowth);
        }
        var writes = all.Where(m => m.Name.StartsWith(WritePrefix, StringComparison.Ordinal)).ToList();
        if (writes.Count > 0)
        {
            var rate = writes.Sum(w => w.RequestsPerSecond);
            var p99 = writes.Max(w => w.P99);
            var failed = writes.Sum(w => w.Errors);
            Target($"writes under mixed load: ≥ {WriteRate:N0}/s, p99 ≤ {WriteP99} ms, no errors, no \"database is locked\"",
                Invariant($"{rate:N0}/s, worst p99 {p99:0.0} ms, {failed} failed, {lockedErrors} locked"), rate >= WriteRate && p99 <= WriteP99 && failed == 0 && lockedErrors == 0);
        }
        Target($"peak RSS ≤ {RssLimit} MB", $"{peakRssMb} MB", peakRssMb <= RssLimit);
        var errors = all.Sum(m => m.Errors);
        Target("no non-2xx responses, no socket errors", Invariant($"{all.Sum(m => m.Non2xx)} non-2xx, {all.Sum(m => m.SocketErrors)} socket errors"), errors == 0);

        Console.WriteLine(text);
        await File.WriteAllTextAsync(outputFile, text.ToString());
        Console.WriteLine($"Written to {outputFile}.");
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{model ?? "unknown CPU"}, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB";
    }
}

/// <summary>What wrk measured for one scenario (a line written by bench/scenario.lua).</summary>
public sealed record Measured(string Name, long Requests, double Seconds, double P50, double P95, double P99, long Non2xx, long SocketErrors)
{
    public double RequestsPerSecond => Requests / Seconds;

    public long Errors => Non2xx + SocketErrors;
}
