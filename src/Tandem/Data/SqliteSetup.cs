using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace Tandem.Data;

/// <summary>
/// SQLite as Tandem runs it: the embedded default, and the choice for a single-server install. Each piece below earns
/// its place with a measured figure in its decision record and has tests of its own (tests/Tandem.Tests/Data):
/// <list type="bullet">
/// <item><see cref="SqliteTuning"/>: synchronous=NORMAL, a busy handler that retries every millisecond, no automatic
/// checkpoints (decision 009: the write mix from 7 to 140 writes/s, worst p99 944 → 604 ms).</item>
/// <item><see cref="SqliteStatementCache"/> and <see cref="KeptOpenSqliteConnection"/>: statements prepared once per
/// connection (decision 010: manager home page 207 → 334 requests/s).</item>
/// <item>Lists in queries as one array parameter, so their SQL is generated once (decision 010; both providers).</item>
/// </list>
/// <see cref="SqliteCheckpoints"/>, a hosted service, makes the checkpoints in the background (decision 009: a
/// writer's p99 314 → 14 ms); it does nothing on PostgreSQL.
/// </summary>
public static class SqliteSetup
{
    public static DbContextOptionsBuilder UseTandemSqlite(this DbContextOptionsBuilder options, string connectionString, string migrationsAssembly)
    {
        options.UseSqlite(connectionString,
            o => o.MigrationsAssembly(migrationsAssembly).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        options.AddInterceptors(SqliteTuning.Instance, SqliteStatementCache.Instance);
#pragma warning disable EF1001 // see KeptOpenSqliteConnection
        options.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteConnection>();
#pragma warning restore EF1001
        return options;
    }
}
