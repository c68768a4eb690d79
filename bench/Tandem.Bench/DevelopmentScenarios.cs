using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>
/// The development scenarios of issue 6 on the <see cref="DevelopmentData"/> organisation: HR's organisation gap
/// view (all, one department, one role) through the API and as a page, and a person's capabilities.
/// </summary>
public static class DevelopmentScenarios
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(Uri baseUrl, string resultsFile, int concurrency = 4)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 32 };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var hr = await BenchHttp.SignInAsync(http, GoalData.HrEmail);
        var hrPages = await BenchHttp.SignInPagesAsync(baseUrl, GoalData.HrEmail);
        var department = (await BenchHttp.GetJsonAsync(http, hr, "/api/v1/departments"))[0].GetProperty("id").GetGuid();
        var profile = (await BenchHttp.GetJsonAsync(http, hr, "/api/v1/role-profiles"))[0].GetProperty("id").GetGuid();
        var person = (await BenchHttp.GetJsonAsync(http, hr, "/api/v1/me")).GetProperty("personId").GetGuid();

        var results = new List<LoadResult>
        {
            await Load.RunAsync("organisation gaps (API, 100k people)", concurrency, Duration, 5_000, (_, _) => BenchHttp.Get(http, hr, "/api/v1/capability-gaps/organization")),
            await Load.RunAsync("organisation gaps, one department (API)", concurrency, Duration, 5_000,
                (_, _) => BenchHttp.Get(http, hr, $"/api/v1/capability-gaps/organization?departmentId={department}")),
            await Load.RunAsync("organisation gaps, one role (API)", concurrency, Duration, 5_000,
                (_, _) => BenchHttp.Get(http, hr, $"/api/v1/capability-gaps/organization?profileId={profile}")),
            await Load.RunAsync("organisation gaps page (HTML)", concurrency, Duration, 5_000, (_, _) => BenchHttp.Get(http, hrPages, "/development/gaps")),
            await Load.RunAsync("a person's capabilities (API)", concurrency, Duration, 20_000, (_, _) => BenchHttp.Get(http, hr, $"/api/v1/people/{person}/capabilities")),
        };
        return await BenchHttp.ReportAsync("Development", Duration, results, resultsFile);
    }

}
