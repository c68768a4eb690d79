using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// Writes the app's errors during a test run to one file (tandem-tests-errors.log in the temp folder), so a
/// failing 500 can be diagnosed: the test host's logs are otherwise not visible. Keeps them in memory too,
/// with the path of the request that logged them, so a test can assert that its own requests logged none
/// (tests run in parallel on one host: filter by a path only your test uses), and with their event id, so the broad
/// API tests can assert that no endpoint answered a failure its signature does not declare (<see cref="UndeclaredFailures"/>).
/// </summary>
public sealed class ErrorLog : ILoggerProvider, ISupportExternalScope
{
    public static readonly string Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tandem-tests-errors.log");
    private static readonly Lock Gate = new();
    private static readonly ConcurrentQueue<Entry> Logged = new();
    private IExternalScopeProvider? _scopes;

    /// <summary>An error the app logged; <see cref="RequestPath"/> is null outside a request.</summary>
    public sealed record Entry(string Category, EventId EventId, string Message, Exception? Exception, string? RequestPath);

    /// <summary>The errors logged so far by requests whose path contains <paramref name="pathPart"/>.</summary>
    public static IReadOnlyList<Entry> ForRequestsTo(string pathPart) =>
        [.. Logged.Where(e => e.RequestPath?.Contains(pathPart, StringComparison.OrdinalIgnoreCase) == true)];

    /// <summary>
    /// The failures endpoints answered without declaring them (<see cref="Tandem.Http.Problems"/>), logged by any test so far:
    /// each is a wrong signature, so none is expected anywhere.
    /// </summary>
    public static IReadOnlyList<Entry> UndeclaredFailures() =>
        [.. Logged.Where(e => e.EventId.Id == Tandem.Http.Problems.UndeclaredFailureEventId)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    // Hosting opens a scope per request with its path ("RequestPath"); the innermost one wins.
    private string? RequestPath()
    {
        string? path = null;
        _scopes?.ForEachScope((scope, _) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    if (key == "RequestPath" && value is string p) path = p;
                }
            }
        }, (object?)null);
        return path;
    }

    private sealed class Logger(string category, ErrorLog provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            Logged.Enqueue(new Entry(category, eventId, message, exception, provider.RequestPath()));
            lock (Gate) File.AppendAllText(Path, $"{DateTimeOffset.UtcNow:O} {category}: {message}\n{exception}\n\n");
        }
    }
}
