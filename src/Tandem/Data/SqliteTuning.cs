using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Tandem.Data;

/// <summary>
/// Every SQLite connection runs with synchronous=NORMAL, SQLite's advice for WAL: a commit no longer waits for the
/// disk to flush the log (it is synced at checkpoints), so writes hold SQLite's single write lock for far less time.
/// A crash of the app loses nothing, a power cut at most the last commits; the file is never corrupted.
/// And with a busy timeout: a writer that finds the lock taken waits inside SQLite, which retries within a
/// millisecond or a few, instead of getting SQLITE_BUSY straight away, on which Microsoft.Data.Sqlite sleeps
/// 150 ms before it tries again. Automatic checkpoints are off: <see cref="SqliteCheckpoints"/> makes them in the
/// background (decision 009).
/// The settings belong to SQLite's own connection, which Microsoft.Data.Sqlite pools: they are made once per such
/// connection, not on every open.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    /// <summary>As long as Microsoft.Data.Sqlite's own default command timeout.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private static readonly ConditionalWeakTable<sqlite3, object> Tuned = new();

    private SqliteTuning()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection); // SQLite runs in-process: an async call would only add overhead
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (Tuned.TryGetValue(handle, out _)) return;
            Tuned.AddOrUpdate(handle, Instance);
        }
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeout.TotalMilliseconds}; PRAGMA wal_autocheckpoint = 0;";
        command.ExecuteNonQuery();
    }
}
