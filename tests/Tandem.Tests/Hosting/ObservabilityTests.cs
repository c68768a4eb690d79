using System.Net;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Hosting;

/// <summary>The Prometheus scrape endpoint answers admins only, with HTTP, EF Core and Tandem's own metrics.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Metrics_ForAnAdmin_HttpAndDatabaseFigures_OthersRefused()
    {
        var org = await TestOrg.CreateAsync(TandemApp.Sqlite);
        var hr = await org.ApiAsync("hr");
        await hr.GetAsync(new Uri("/api/v1/people", UriKind.Relative)); // something to count

        using var anonymous = TandemApp.Sqlite.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await org.ApiAsync("employee")).GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative))).StatusCode);

        var response = await hr.GetAsync(new Uri(Observability.MetricsPath, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }
}
