using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tandem.Bench;

/// <summary>What every scenario set shares: signing in, authenticated requests, and writing the results table.</summary>
public static class BenchHttp
{
    public static async Task<string> SignInAsync(HttpClient http, string email)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = GoalData.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient http, string token, string path)
    {
        using var response = await Get(http, token, path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> GetTextAsync(HttpClient http, string token, string path)
    {
        using var response = await Get(http, token, path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static Task<HttpResponseMessage> Get(HttpClient http, string token, string path) => Send(http, token, HttpMethod.Get, path, null);

    public static Task<HttpResponseMessage> Send(HttpClient http, string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    /// <summary>Prints the table, appends it to the results file, and returns 0 only when no request failed.</summary>
    public static async Task<int> ReportAsync(string title, TimeSpan duration, IReadOnlyList<LoadResult> results, string resultsFile)
    {
        var report = new System.Text.StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## {title} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {duration.TotalSeconds:0} s per scenario")
            .AppendLine()
            .AppendLine(LoadResult.Header);
        foreach (var r in results) report.AppendLine(r.Row);
        foreach (var r in results.Where(r => r.FirstError is not null)) report.AppendLine(CultureInfo.InvariantCulture, $"\nFirst error in '{r.Scenario}': {r.FirstError}");
        Console.WriteLine(report);
        await File.AppendAllTextAsync(resultsFile, report.AppendLine().ToString());
        return results.Sum(r => r.Errors) == 0 ? 0 : 1;
    }
}
