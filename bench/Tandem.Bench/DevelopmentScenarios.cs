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
        var hr = await SignInAsync(http, GoalData.HrEmail);
        var department = (await GetJsonAsync(http, hr, "/api/v1/departments"))[0].GetProperty("id").GetGuid();
        var profile = (await GetJsonAsync(http, hr, "/api/v1/role-profiles"))[0].GetProperty("id").GetGuid();
        var person = (await GetJsonAsync(http, hr, "/api/v1/me")).GetProperty("personId").GetGuid();

        var results = new List<LoadResult>
        {
            await Load.RunAsync("organisation gaps (API, 100k people)", concurrency, Duration, 5_000, (_, _) => Get(http, hr, "/api/v1/capability-gaps/organization")),
            await Load.RunAsync("organisation gaps, one department (API)", concurrency, Duration, 5_000,
                (_, _) => Get(http, hr, $"/api/v1/capability-gaps/organization?departmentId={department}")),
            await Load.RunAsync("organisation gaps, one role (API)", concurrency, Duration, 5_000,
                (_, _) => Get(http, hr, $"/api/v1/capability-gaps/organization?profileId={profile}")),
            await Load.RunAsync("organisation gaps page (HTML)", concurrency, Duration, 5_000, (_, _) => Get(http, hr, "/development/gaps")),
            await Load.RunAsync("a person's capabilities (API)", concurrency, Duration, 20_000, (_, _) => Get(http, hr, $"/api/v1/people/{person}/capabilities")),
        };
        var report = new System.Text.StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Development — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {Duration.TotalSeconds:0} s per scenario")
            .AppendLine()
            .AppendLine(LoadResult.Header);
        foreach (var r in results) report.AppendLine(r.Row);
        foreach (var r in results.Where(r => r.FirstError is not null)) report.AppendLine(CultureInfo.InvariantCulture, $"\nFirst error in '{r.Scenario}': {r.FirstError}");
        Console.WriteLine(report);
        await File.AppendAllTextAsync(resultsFile, report.AppendLine().ToString());
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }

    private static async Task<string> SignInAsync(HttpClient http, string email)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = GoalData.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string token, string path)
    {
        using var response = await Get(http, token, path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
