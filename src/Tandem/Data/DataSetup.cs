using System.Runtime.Loader;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tandem.Data;

public static class DataSetup
{
    public const string ConnectionStringName = "Tandem";
    public const string DefaultSqliteConnection = "Data Source=data/tandem.db";

    /// <summary>
    /// Contexts kept for reuse (EF Core's default is 1,024). On SQLite each keeps its connection open with its page
    /// cache and prepared statements (decision 010), so the pool bounds that memory; a burst beyond it still gets
    /// contexts, which are disposed afterwards.
    /// </summary>
    public const int PoolSize = 128;

    static DataSetup()
    {
        // The migrations assemblies sit next to Tandem.dll but are not in its dependency list (they
        // reference Tandem, so Tandem cannot reference them): resolve them from the app's folder.
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name?.StartsWith("Tandem.Migrations.", StringComparison.Ordinal) != true) return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    public static string MigrationsAssembly(DatabaseProvider provider) => $"Tandem.Migrations.{provider}";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p)
            ? p : DatabaseProvider.Sqlite;

    public static IHostApplicationBuilder AddTandemData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditFieldsInterceptor>();
        builder.Services.AddScoped<Demo.DemoOrganization>();
        builder.Services.AddHostedService<SqliteCheckpoints>(); // nothing to do on PostgreSQL
        builder.Services.AddPooledDbContextFactory<TandemDb>((services, options) =>
        {
            // Read when the app is built, not now: hosts (tests, tools) may still add configuration.
            var configuration = services.GetRequiredService<IConfiguration>();
            var provider = Provider(configuration);
            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            Configure(options, provider, ConnectionString(configuration, provider, contentRoot));
            options.AddInterceptors(services.GetRequiredService<AuditFieldsInterceptor>(), new Features.Goals.GoalWordsInterceptor());
        }, poolSize: PoolSize);
        // A pooled context per request scope; its tenant is reset on lease and set by CurrentUserMiddleware.
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<TandemDb>>().CreateDbContext();
            db.TenantId = null;
            return db;
        });
        return builder;
    }

    /// <summary>A context of its own, outside the app's pool (design time, tests of the model, the benchmark's tools).</summary>
    public static TandemDb CreateContext(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<TandemDb>();
        Configure(options, provider, connectionString);
        return new TandemDb(options.Options);
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        // A list in a query (ids.Contains(x)) goes as one array parameter (json_each on SQLite, = ANY on PostgreSQL), so
        // its SQL is generated once; as one parameter per item (EF Core 10's default) it was generated again on every
        // run, a sixth of the team page's time (decision 010).
        _ = provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString,
                o => o.MigrationsAssembly(migrations).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)),
            _ => options.UseTandemSqlite(connectionString, migrations),
        };
    }

    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    "Database:Provider is Postgres: set ConnectionStrings__Tandem to a PostgreSQL connection string.")
                : configured;
        }

        // A relative SQLite file lives under the content root; its folder is created on first start.
        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnection : configured);
        if (sqlite.DataSource != ":memory:" && sqlite.Mode != SqliteOpenMode.Memory)
        {
            sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        }
        sqlite.ForeignKeys = true;
        return sqlite.ToString();
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to write-ahead logging and refreshes statistics.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TandemDb>>()
            .CreateDbContextAsync(cancellationToken);
        var migrations = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        var pending = migrations.Count > 0;
        await db.Database.MigrateAsync(cancellationToken);
        // Goals written before search had its word index get their words once, when that migration is applied.
        if (migrations.Any(m => m.EndsWith("_GoalWords", StringComparison.Ordinal)))
            await Features.Goals.GoalWordsInterceptor.BackfillAsync(db, cancellationToken);
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // A migration may add an index SQLite has no statistics for; unmeasured, the planner can prefer it to a far better
        // one (a walk of every goal by title instead of a goal's own children). ANALYZE samples each index (quick on any size).
        if (pending) await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
    }

    /// <summary>A readable name of the database for start-up logs, without credentials.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(connectionString) is var b
            ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}" : "PostgreSQL",
        _ => $"SQLite {new SqliteConnectionStringBuilder(connectionString).DataSource}",
    };
}

/// <summary>Which database Tandem runs on: SQLite in a local file (default) or PostgreSQL.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
