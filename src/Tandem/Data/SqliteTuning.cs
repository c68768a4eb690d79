using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Tandem.Data;

/// <summary>
/// Every SQLite connection runs with synchronous=NORMAL, SQLite's advice for WAL: a commit no longer waits for the
/// disk to flush the log (it is synced at checkpoints), so writes hold SQLite's single write lock for far less time.
/// A crash of the app loses nothing, a power cut at most the last commits; the file is never corrupted. The setting
/// belongs to SQLite's own connection, which Microsoft.Data.Sqlite pools: it is made once per such connection, not on
/// every open (EF opens one for each query).
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

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
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
