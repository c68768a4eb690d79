using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Http;

/// <summary>The published API contract: every route documented, errors as problem details, health answering.</summary>
public sealed class ApiContractTests
{
    private static TandemApp App => TandemApp.Sqlite;

    [Fact]
    public async Task OpenApiDocument_DescribesEveryApiRoute_WithOperationIdSummaryAndTag()
    {
        using var client = App.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal))
            .Select(e => System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/'))
            .Distinct().ToList();
        Assert.NotEmpty(routes);

        var problems = new List<string>();
        foreach (var route in routes)
        {
            if (!paths.TryGetProperty(route, out var path) && !paths.TryGetProperty(route + "/", out path))
            {
                problems.Add($"{route} is not in the document");
                continue;
            }
            foreach (var operation in path.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var op = operation.Value;
                if (!op.TryGetProperty("operationId", out _)) problems.Add($"{operation.Name} {route}: no operationId");
                if (!op.TryGetProperty("summary", out _)) problems.Add($"{operation.Name} {route}: no summary");
                if (!op.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0) problems.Add($"{operation.Name} {route}: no tag");
                var success = op.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (success.Count == 0) problems.Add($"{operation.Name} {route}: no success response");
                else if (success.All(r => r.Name != "204" && !r.Value.TryGetProperty("content", out _)))
                    problems.Add($"{operation.Name} {route}: its success response has no schema");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));
    }

    [Fact]
    public async Task OpenApiDocument_PassesRedoclyLint_WithoutAWarning()
    {
        using var client = App.CreateClient();
        var tool = Path.Combine(Repository.Root, "tools", "openapi-lint");
        var redocly = Path.Combine(tool, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), "The OpenAPI linter is not installed: run `npm ci --prefix tools/openapi-lint` (test.sh does).");
        var file = Path.Combine(Path.GetTempPath(), $"tandem-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await client.GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new ProcessStartInfo(redocly) { WorkingDirectory = tool, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "lint", file, "--config", Path.Combine(tool, "redocly.yaml"), "--format", "stylish" }) start.ArgumentList.Add(argument);
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = Process.Start(start)!;
            var output = lint.StandardOutput.ReadToEndAsync();
            var errors = lint.StandardError.ReadToEndAsync();
            await lint.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(lint.ExitCode == 0, $"redocly lint (recommended-strict) found problems:\n{await output}\n{await errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ApiDocsPage_IsServed()
    {
        using var client = App.CreateClient();
        var html = await client.GetStringAsync("/api/docs/index.html");
        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInPage_StylesheetAndScriptsResolve()
    {
        using var client = App.CreateClient();
        var html = await client.GetStringAsync("/account/login");
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js|svg))\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await client.GetAsync("/" + asset.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Health_AnswersWhenTheDatabaseDoes()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownApiRoute_SignedIn_404Problem()
    {
        var org = await TestOrg.CreateAsync(App);
        var client = await org.ApiAsync("employee");

        var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_FriendlyNotFoundPage()
    {
        var org = await TestOrg.CreateAsync(App);
        using var pages = await org.PagesAsync("employee");

        var response = await pages.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
