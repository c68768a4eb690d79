using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tandem.Bench;

/// <summary>What every scenario set shares: signing in, authenticated requests, and writing the results table.</summary>
public static class BenchHttp
{
    /// <summary>
    /// Signs in to the API; returns the credential as the header line to send ("Authorization: Bearer …"), as the
    /// token files of bench/run.sh hold it.
    /// </summary>
    public static async Task<string> SignInAsync(HttpClient http, string email)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = GoalData.Password });
        response.EnsureSuccessStatusCode();
        return "Authorization: Bearer " + (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
    }

    /// <summary>
    /// Signs in through the sign-in page, as a browser does: pages take the sign-in cookie only, never a token. Returns
    /// the header line that carries the cookie ("Cookie: …").
    /// </summary>
    public static async Task<string> SignInPagesAsync(Uri baseUrl, string email)
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        var form = await browser.GetStringAsync("/account/login");
        var antiforgery = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"", RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
        if (!antiforgery.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups["token"].Value), ["_handler"] = "login",
            ["Input.Email"] = email, ["Input.Password"] = GoalData.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in to the pages as {email}: {(int)response.StatusCode}.");
        return "Cookie: " + cookies.GetCookieHeader(baseUrl);
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
        AddCredential(request, token);
        return http.SendAsync(request);
    }

    /// <summary>Adds a credential header line of <see cref="SignInAsync"/> or <see cref="SignInPagesAsync"/> to the request.</summary>
    public static void AddCredential(HttpRequestMessage request, string credential)
    {
        var colon = credential.IndexOf(':', StringComparison.Ordinal);
        request.Headers.TryAddWithoutValidation(credential[..colon], credential[(colon + 1)..].Trim());
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
