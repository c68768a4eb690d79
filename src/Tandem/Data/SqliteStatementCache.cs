using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tandem.Data;

/// <summary>
/// SQLite statements are prepared once per connection, not once per query (decision 010). Microsoft.Data.Sqlite
/// prepares a command's SQL when it first runs and finalizes it when the command is disposed, and EF Core makes and
/// disposes a command for every query: each query was parsed and planned anew, nearly a third of a page's time.
/// Here a command EF Core has finished with stays prepared on its connection, one per SQL text, and the next command
/// EF Core initialises with the same SQL is swapped for it (parameters, transaction and timeout move over). Kept
/// commands live as long as their connection is open; <see cref="KeptOpenSqliteConnection"/> keeps a pooled context's
/// connection open for the context's whole life.
/// </summary>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    public static readonly SqliteStatementCache Instance = new();

    /// <summary>Statements kept per connection (Tandem runs a few hundred distinct ones); SQL beyond them is prepared each time, as before.</summary>
    public const int Capacity = 400;

    /// <summary>Statements with more parameters than this are one-off batches (imports, reporting-line rebuilds): never kept.</summary>
    public const int MaxParameters = 100;

    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, KeptCommand>> Idle = new();

    private SqliteStatementCache()
    {
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result is not SqliteCommand { Connection: { } connection } initialized || result is KeptCommand
            || initialized.Parameters.Count > MaxParameters) return result;
        if (!Idle.GetOrCreateValue(connection).Remove(initialized.CommandText, out var kept))
        {
            kept = new KeptCommand { Connection = connection, CommandText = initialized.CommandText };
        }
        foreach (SqliteParameter parameter in initialized.Parameters) kept.Parameters.Add(parameter);
        initialized.Parameters.Clear();
        kept.Transaction = initialized.Transaction;
        kept.CommandTimeout = initialized.CommandTimeout;
        initialized.Dispose(); // never ran, so nothing was prepared
        kept.InUse = true;
        return kept;
    }

    /// <summary>Forgets a connection's kept commands before it really closes, which finalizes them all.</summary>
    internal static void Release(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite) Idle.Remove(sqlite);
    }

    /// <summary>
    /// A command that, when EF Core disposes it after use, goes back to its open connection's idle commands with its
    /// statements still prepared. Disposed any other way (by the connection closing, or with no room), it is finalized.
    /// </summary>
    private sealed class KeptCommand : SqliteCommand
    {
        public bool InUse;

        protected override void Dispose(bool disposing)
        {
            if (disposing && Connection is { } connection && Idle.TryGetValue(connection, out var idle))
            {
                // Not while a reader is still open on it (its connection is being closed under it): that one is finalized.
                if (InUse && DataReader is null && connection.State == ConnectionState.Open && idle.Count < Capacity
                    && idle.TryAdd(CommandText, this))
                {
                    InUse = false;
                    Parameters.Clear();
                    Transaction = null;
                    return;
                }
                if (!InUse && idle.TryGetValue(CommandText, out var same) && same == this) idle.Remove(CommandText);
            }
            InUse = false;
            base.Dispose(disposing);
        }
    }
}

/// <summary>
/// EF Core's SQLite connection, except that it stays open until its context is disposed: closing it (after each query,
/// and when a pooled context goes back to the pool) would finalize the statements <see cref="SqliteStatementCache"/>
/// keeps. Transactions still end where they did: EF Core disposes them before it closes, and on return to the pool.
/// An idle open connection holds no read snapshot, so it blocks no checkpoint and no writer.
/// </summary>
#pragma warning disable EF1001 // EF Core's SQLite connection is internal API; the package version is pinned in Directory.Packages.props.
public sealed class KeptOpenSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection()
    {
        if (DbConnection.State != ConnectionState.Open) base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() =>
        DbConnection.State != ConnectionState.Open ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    protected override void DisposeDbConnection()
    {
        SqliteStatementCache.Release(DbConnection);
        base.DisposeDbConnection();
    }

    protected override ValueTask DisposeDbConnectionAsync()
    {
        SqliteStatementCache.Release(DbConnection);
        return base.DisposeDbConnectionAsync();
    }
}
#pragma warning restore EF1001
