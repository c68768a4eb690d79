using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tandem.Http;

namespace Tandem.Tests.Http;

/// <summary>
/// An outcome's answer: a failure the endpoint declares is answered quietly; one it does not declare is answered all the
/// same (never a 500) and logged as an error naming the endpoint and the status. Run on a bare HttpContext, so the test
/// host's error log — which the broad API tests check for these events — never sees them.
/// </summary>
public sealed class ProblemsTests
{
    [Fact]
    public async Task DeclaredFailure_AnsweredWithItsProblem_NothingLogged()
    {
        var (context, log) = Context();
        Outcome<string> outcome = Failure.NotFound("No such goal.");

        await outcome.ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>().ExecuteAsync(context);

        var problem = await BodyAsync(context);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
        Assert.Equal("No such goal.", problem.GetProperty("detail").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.Empty(log.Entries);
    }

    [Fact]
    public async Task UndeclaredFailure_AnsweredRightly_AndLoggedWithTheEndpointAndStatus()
    {
        var (context, log) = Context();
        Outcome<string> outcome = Failure.Conflict("Someone else changed this.");

        await outcome.ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>().ExecuteAsync(context);

        var problem = await BodyAsync(context);
        Assert.Equal(StatusCodes.Status409Conflict, context.Response.StatusCode);
        Assert.Equal("Someone else changed this.", problem.GetProperty("detail").GetString());
        var entry = Assert.Single(log.Entries);
        Assert.Equal(Problems.UndeclaredFailureEventId, entry.EventId.Id);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("DeleteGoal", entry.Message, StringComparison.Ordinal);
        Assert.Contains("409", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_AnsweredWithTheValue()
    {
        var (context, log) = Context();
        Outcome<string> outcome = "done";

        await outcome.ToHttp(TypedResults.Ok).Or<NotFoundProblem>().ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("done", (await BodyAsync(context)).GetString());
        Assert.Empty(log.Entries);
    }

    private static (DefaultHttpContext Context, CapturingLogger Log) Context()
    {
        var log = new CapturingLogger();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(log))
            .AddTandemProblems();
        var context = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new EndpointNameMetadata("DeleteGoal")), "DELETE /api/v1/goals/{id}"));
        return (context, log);
    }

    private static async Task<JsonElement> BodyAsync(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return (await JsonDocument.ParseAsync(context.Response.Body)).RootElement.Clone();
    }

    private sealed class CapturingLogger : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Entries.Add((logLevel, eventId, formatter(state, exception)));
        }

        public void Dispose()
        {
        }
    }
}
