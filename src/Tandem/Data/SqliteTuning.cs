using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Tandem.Data;

/// <summary>
/// Every SQLite connection runs with synchronous=NORMAL, SQLite's advice for WAL: a commit no longer waits for the
/// disk to flush the log (it is synced at checkpoints), so writes hold SQLite's single write lock for far less time.
/// A crash of the app loses nothing, a power cut at most the last commits; the file is never corrupted.
/// And with a busy handler: a writer that finds the lock taken waits inside SQLite and tries again every millisecond
/// for up to <see cref="BusyTimeout"/>, instead of getting SQLITE_BUSY straight away (on which Microsoft.Data.Sqlite
/// sleeps 150 ms), or backing off to 25–100 ms sleeps as SQLite's own busy timeout does. Automatic checkpoints are
/// off: <see cref="SqliteCheckpoints"/> makes them in the background (decision 009).
/// The settings belong to SQLite's own connection, which Microsoft.Data.Sqlite pools: they are made once per such
/// connection, not on every open.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    /// <summary>How long a writer waits for the lock: as long as Microsoft.Data.Sqlite's own default command timeout.</summary>
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
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;";
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } sqlite } && sqlite3_busy_handler(sqlite.DangerousGetHandle(), Busy, IntPtr.Zero) == 0) return;
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeout.TotalMilliseconds};";
        command.ExecuteNonQuery();
    }

    // SQLite's own busy timeout backs off to sleeps of 25–100 ms between tries, so the write lock can sit free while
    // every waiting writer sleeps; this handler tries again every millisecond, up to the busy timeout.
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyCallback(IntPtr state, int tries);

    private static readonly BusyCallback Busy = (_, tries) =>
    {
        if (tries >= BusyTimeout.TotalMilliseconds) return 0;
        Thread.Sleep(1);
        return 1;
    };

    [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
    private static extern int sqlite3_busy_handler(IntPtr db, BusyCallback callback, IntPtr state);
}
