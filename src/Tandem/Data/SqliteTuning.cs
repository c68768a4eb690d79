using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Data;

/// <summary>
/// Every SQLite connection runs with synchronous=NORMAL, SQLite's advice for WAL: a commit no longer waits for the
/// disk to flush the log (it is synced at checkpoints), so writes hold SQLite's single write lock for far less time.
/// A crash of the app loses nothing, a power cut at most the last commits; the file is never corrupted.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

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
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
