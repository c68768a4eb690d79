using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tandem.Tests.Security;

/// <summary>
/// The proof of the access model: every endpoint and page of the app, requested by every viewer of one fixture
/// organisation (and a stranger from another), answers as <see cref="AccessTable"/> declares — and the table has a line
/// for every endpoint, so none can ship without saying who may use it.
/// </summary>
public abstract class AccessTableTests(TandemApp app, ITestOutputHelper output) : AppTest(app)
{
    [Fact]
    public void Table_HasOneLinePerEndpoint_AndNoneForEndpointsThatAreGone()
    {
        var endpoints = Endpoints(App);
        var declared = AccessTable.Lines.Select(l => l.Endpoint).ToList();

        var problems = new List<string>();
        problems.AddRange(endpoints.Except(declared).Select(e => $"{e}: no line in AccessTable (say who may use it)"));
        problems.AddRange(declared.Except(endpoints).Select(e => $"{e}: in AccessTable, but the app has no such endpoint"));
        problems.AddRange(declared.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => $"{g.Key}: declared {g.Count()} times"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEveryViewer_AsTheTableSays()
    {
        var clock = Stopwatch.StartNew();
        using var fixture = await AccessFixture.CreateAsync(App);
        var endpoints = Endpoints(App).ToHashSet(StringComparer.Ordinal);
        var lines = AccessTable.Lines.Where(l => endpoints.Contains(l.Endpoint)).OrderBy(l => AccessRequests.Last.Contains(l.Endpoint)).ToList();
        var viewers = Enum.GetValues<Viewer>();
        foreach (var viewer in viewers)
        {
            await fixture.ApiAsync(viewer);
            await fixture.PagesAsync(viewer);
        }
        output.WriteLine($"Fixture and sign-ins: {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        var mismatches = new List<string>();
        var slowest = new List<(TimeSpan, string)>();
        foreach (var (endpoint, expect) in lines)
        {
            var started = clock.Elapsed;
            // The viewers at once: every request changes nothing another one reads, or has a throwaway resource of its own.
            var answers = await Task.WhenAll(viewers.Select(viewer => AskAsync(fixture, endpoint, viewer)));
            slowest.Add((clock.Elapsed - started, endpoint));
            foreach (var viewer in viewers)
            {
                var expected = expect.For(viewer, endpoint);
                var (got, answer) = answers[(int)viewer];
                if (got != expected) mismatches.Add($"{endpoint} as {AccessFixture.Key(viewer)}: expected {expected}, got {answer}");
            }
        }

        var requests = lines.Count * viewers.Length;
        output.WriteLine($"{lines.Count} endpoints × {viewers.Length} viewers = {requests} requests in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (time, endpoint) in slowest.OrderByDescending(x => x.Item1).Take(10)) output.WriteLine($"{time.TotalMilliseconds,8:F0} ms  {endpoint}");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {requests} requests were answered otherwise than AccessTable says:\n" + string.Join("\n", mismatches));
        // A failure no signature declares was still answered rightly, but the OpenAPI document does not list it.
        Assert.Empty(ErrorLog.UndeclaredFailures());
    }

    /// <summary>Every endpoint as "METHOD route" (pages: GET), without static files and the error pages.</summary>
    public static List<string> Endpoints(TandemApp app) =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().Namespace == "Microsoft.AspNetCore.StaticAssets"))
            .Select(e => (Endpoint: e, Route: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(x => !AccessTable.IsExcluded(x.Route))
            .SelectMany(x => Methods(x.Endpoint).Select(method => $"{method} {x.Route}"))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    // A page answers GET (its POST is the form it renders); an endpoint mapped without methods (health) is read with GET.
    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null ? ["GET"]
        : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods
        : ["GET"];

    private static async Task<(Access? Access, string Answer)> AskAsync(AccessFixture fixture, string endpoint, Viewer viewer)
    {
        using var request = await AccessRequests.RequestAsync(endpoint, fixture);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // Headers only: the meeting's event stream never ends.
        using var response = request.RequestUri!.OriginalString.StartsWith("/api/", StringComparison.Ordinal)
            ? await (await fixture.ApiAsync(viewer)).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
            : await (await fixture.PagesAsync(viewer)).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
        var access = Classify(response.StatusCode, location);
        var answer = location.Length > 0 ? $"{status} → {location}" : status.ToString();
        if (access is null) answer += ": " + Shorten(await response.Content.ReadAsStringAsync(timeout.Token));
        return (access, answer);
    }

    private static Access? Classify(HttpStatusCode status, string location) => (int)status switch
    {
        >= 200 and < 300 or 400 or 409 or 422 => Access.Allowed,
        401 => Access.SignIn,
        403 => Access.Forbidden,
        404 => Access.Hidden,
        >= 300 and < 400 when location.StartsWith("/account/login", StringComparison.Ordinal) => Access.SignIn,
        >= 300 and < 400 when location.StartsWith("/account/access-denied", StringComparison.Ordinal) => Access.Forbidden,
        // A page that sends a signed-in viewer on (the sign-in page, for one).
        >= 300 and < 400 => Access.Allowed,
        // 5xx, 405, 429…: never an answer the table can expect.
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

public sealed class AccessTableTests_Sqlite(ITestOutputHelper output) : AccessTableTests(TandemApp.Sqlite, output);

public sealed class AccessTableTests_Postgres(ITestOutputHelper output) : AccessTableTests(TandemApp.Postgres, output);
