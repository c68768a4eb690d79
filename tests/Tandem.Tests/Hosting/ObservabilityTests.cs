using System.Net;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Hosting;

/// <summary>
/// The Prometheus scrape endpoint answers admins only, with the HTTP server's metrics among others — also after
/// another host in the same process came and went (each host's ASP.NET Core meters share their names).
/// </summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Metrics_ForAnAdmin_HttpFigures_OthersRefused()
    {
        var org = await TestOrg.CreateAsync(TandemApp.Sqlite);
        using (var other = TandemApp.StartSeparate([]))
        using (var client = other.CreateClient())
            await client.GetAsync(new Uri("/health", UriKind.Relative));
        var hr = await org.ApiAsync("hr");
        await hr.GetAsync(new Uri("/api/v1/people", UriKind.Relative)); // something to count

        using var anonymous = TandemApp.Sqlite.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("employee")).GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative))).StatusCode);

        // A first scrape: a metric whose instrument went with the other host leaves the export here.
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative))).StatusCode);
        await Task.Delay(400); // past the exporter's cache of the last scrape
        await hr.GetAsync(new Uri("/api/v1/people", UriKind.Relative));

        // A request's duration is recorded as it ends, and the exporter keeps a scrape briefly: look again for a while.
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            var response = await hr.GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
        }
        var metrics = string.Join(", ", text.Split('\n').Where(l => l.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]));
        Assert.True(text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal), $"{text.Length} characters; metrics: {metrics}");
    }
}
