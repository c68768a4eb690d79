using System.Diagnostics;
using System.Globalization;

namespace Tandem.Bench;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send their next request as soon as the last
/// one answered, for a bounded time and a bounded count, to a server on this machine only.
/// </summary>
public static class Load
{
    /// <summary>Runs <paramref name="send"/> (worker, iteration) until the time or the count runs out.</summary>
    public static async Task<LoadResult> RunAsync(string scenario, int concurrency, TimeSpan duration, int maxRequests,
        Func<int, int, Task<HttpResponseMessage>> send)
    {
        var latencies = new List<double>[concurrency];
        var errors = 0;
        string? firstError = null;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            for (var i = 0; clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxRequests; i++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await send(worker, i);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}", null);
                    }
                }
                catch (HttpRequestException e)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, e.Message, null);
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
        return new LoadResult(scenario, concurrency, all.Length, seconds, At(0.50), At(0.95), At(0.99), errors, firstError);
    }
}

/// <summary>What one scenario measured: throughput, latency percentiles and failures.</summary>
public sealed record LoadResult(string Scenario, int Concurrency, int Requests, double Seconds, double Percentile50, double Percentile95,
    double Percentile99, int Errors, string? FirstError)
{
    public double RequestsPerSecond => Requests / Seconds;

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario} | {Concurrency} | {Requests:N0} | {RequestsPerSecond:N0} | {Percentile50:0.0} | {Percentile95:0.0} | {Percentile99:0.0} | {Errors} |");

    public const string Header = "| scenario | concurrency | requests | requests/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|";
}
