using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tandem.Data;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// The real app on a real database, one host per provider for the whole test run. Tests isolate themselves
/// by creating their own organisation (<see cref="TestOrg"/>), which tenancy keeps apart from every other.
/// </summary>
public sealed class TandemApp : WebApplicationFactory<Program>
{
    /// <summary>The environment variable with the PostgreSQL server for tests; test.sh starts one and sets it.</summary>
    public const string PostgresVariable = "TANDEM_TEST_POSTGRES";

    private static readonly Lazy<TandemApp> SqliteApp = new(() => Start(DatabaseProvider.Sqlite));
    private static readonly Lazy<TandemApp> PostgresApp = new(() => Start(DatabaseProvider.Postgres));

    private readonly Dictionary<string, string?> _settings;
    private Action<IServiceCollection>? _services;

    private TandemApp(DatabaseProvider provider, string connectionString, Dictionary<string, string?>? settings = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Tandem"] = connectionString,
            ["Demo:Seed"] = "false",
            // Anonymous batches release at once here; AnonymousReleaseTimeTests covers the next-midnight release.
            ["Feedback:ReleaseImmediately"] = "true",
            ["RateLimits:SignInPerMinute"] = "100000",
            ["RateLimits:SignInPerEmailPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
        ClientOptions.BaseAddress = new Uri("https://tandem.test");
        ClientOptions.AllowAutoRedirect = false;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static TandemApp Sqlite => SqliteApp.Value;
    public static TandemApp Postgres => PostgresApp.Value;

    public static TandemApp For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    /// <summary>A separate host with its own SQLite file and settings, for tests that change how the app is configured.</summary>
    public static TandemApp StartSeparate(Dictionary<string, string?> settings, string environment = "Testing", Action<IServiceCollection>? services = null)
    {
        settings["environment"] = environment;
        var app = new TandemApp(DatabaseProvider.Sqlite, SqliteConnection(), settings) { _services = services };
        _ = app.Server; // starts the host: migrations run
        return app;
    }

    /// <summary>Another app instance on the same database as <paramref name="first"/>, as behind a load balancer.</summary>
    public static TandemApp SecondInstanceOf(TandemApp first)
    {
        var app = new TandemApp(first.Provider, first.ConnectionString);
        _ = app.Server;
        return app;
    }

    private static TandemApp Start(DatabaseProvider provider)
    {
        var app = new TandemApp(provider, provider == DatabaseProvider.Postgres ? CreatePostgresDatabase() : SqliteConnection());
        _ = app.Server;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.GetValueOrDefault("environment") ?? "Testing");
        // Serve wwwroot from the project, as Development does (a published app serves its own copy).
        builder.UseStaticWebAssets();
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        // Fast password hashing: tests create many accounts. Production keeps Identity's default cost.
        builder.ConfigureServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            _services?.Invoke(services);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorLog()));
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    private static string SqliteConnection()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tandem-tests");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, $"tandem-{Guid.NewGuid():N}.db")}";
    }

    private static string CreatePostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} (e.g. Host=127.0.0.1;Port=5432;Username=postgres) or run ./test.sh, which starts one.");
        var name = $"tandem_test_{Guid.NewGuid():N}"[..28];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
