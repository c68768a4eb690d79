using Microsoft.Extensions.Logging;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// Writes the app's errors during a test run to one file (tandem-tests-errors.log in the temp folder), so a
/// failing 500 can be diagnosed: the test host's logs are otherwise not visible.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    public static readonly string Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tandem-tests-errors.log");
    private static readonly Lock Gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            lock (Gate) File.AppendAllText(Path, $"{DateTimeOffset.UtcNow:O} {category}: {formatter(state, exception)}\n{exception}\n\n");
        }
    }
}
