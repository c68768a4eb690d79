using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Data;

/// <summary>
/// Single-writer discipline on SQLite. SQLite lets one connection write at a time; the others get SQLITE_BUSY and
/// Microsoft.Data.Sqlite retries them after sleeping 150 ms, so a handful of concurrent writers pile up hundreds of
/// milliseconds and, past the busy timeout, fail with "database is locked". Instead, writers queue here, in order,
/// on one async gate per database file: a transaction takes the gate when it begins and gives it back when it commits
/// or rolls back (or, at the latest, when its connection closes or its DbContext is disposed); a write statement outside a transaction holds it
/// for that statement. Reads never wait: in WAL mode they run beside the writer.
/// </summary>
public sealed class SqliteWriteGate : DbConnectionInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>How long a writer waits for its turn before giving up (SQLite's own busy timeout is 30 s).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly string[] WriteVerbs = ["INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"];
    private readonly ConditionalWeakTable<object, Turn> _turns = new();

    private SqliteWriteGate()
    {
    }

    // Who holds the gate through a connection, and whether only for the statement running now.
    private sealed class Turn
    {
        private SemaphoreSlim? _held;

        public bool Holds => _held is not null;

        public bool ForOneStatement { get; set; }

        public void Take(SemaphoreSlim gate) => _held = gate;

        public void Give()
        {
            ForOneStatement = false;
            Interlocked.Exchange(ref _held, null)?.Release();
        }
    }

    /// <summary>1 when no writer holds the gate of this database file (as its open connections name it), else 0.</summary>
    internal static int FreeTurns(string dataSource) => Gates.TryGetValue(dataSource, out var gate) ? gate.CurrentCount : 1;

    private static SemaphoreSlim GateOf(DbConnection connection) => Gates.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));

    private Turn TurnOf(object key) => _turns.GetValue(key, _ => new Turn());

    // Turns belong to the DbContext (so that disposing it ends any turn it still holds); to the connection without one.
    private static object Key(DbContext? context, DbConnection? connection) => (object?)context ?? connection!;

    /// <summary>Ends any turn <paramref name="context"/> still holds: called when it is disposed (or goes back to its pool).</summary>
    public void GiveBack(DbContext context) => Give(context);

    private async ValueTask WaitAsync(object key, DbConnection connection, bool forOneStatement, CancellationToken ct)
    {
        var turn = TurnOf(key);
        if (turn.Holds) return;
        var gate = GateOf(connection);
        if (!await gate.WaitAsync(Patience, ct)) throw new TimeoutException("Waited 30 s for another write to the database to finish.");
        turn.Take(gate);
        turn.ForOneStatement = forOneStatement;
    }

    private void Wait(object key, DbConnection connection, bool forOneStatement)
    {
        var turn = TurnOf(key);
        if (turn.Holds) return;
        var gate = GateOf(connection);
        if (!gate.Wait(Patience)) throw new TimeoutException("Waited 30 s for another write to the database to finish.");
        turn.Take(gate);
        turn.ForOneStatement = forOneStatement;
    }

    private void Give(object key)
    {
        if (_turns.TryGetValue(key, out var turn)) turn.Give();
    }

    private void GiveAfterStatement(DbContext? context, DbConnection? connection)
    {
        if ((context is not null || connection is not null) && _turns.TryGetValue(Key(context, connection), out var turn) && turn.ForOneStatement) turn.Give();
    }

    private static bool Writes(DbCommand command)
    {
        if (command.Transaction is not null) return false; // the transaction took the gate
        var text = command.CommandText.AsSpan().TrimStart();
        foreach (var verb in WriteVerbs)
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Transactions: the gate from BEGIN to COMMIT or ROLLBACK.
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(Key(eventData.Context, connection), connection, forOneStatement: false, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Wait(Key(eventData.Context, connection), connection, forOneStatement: false);
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _turns.AddOrUpdate(result, TurnOf(Key(eventData.Context, connection)));
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Give(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Give(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Give(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Give(transaction);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Give(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Give(transaction);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback is rolled back by SQLite; its turn ends with the connection at the latest.
    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Give(Key(eventData.Context, connection));

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Give(Key(eventData.Context, connection));
        return Task.CompletedTask;
    }

    // Write statements outside a transaction (a single-statement save, ExecuteUpdate, ExecuteDelete): the gate for the statement.
    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Writes(command)) await WaitAsync(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (Writes(command)) Wait(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Writes(command)) await WaitAsync(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (Writes(command)) Wait(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        if (Writes(command)) await WaitAsync(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        if (Writes(command)) Wait(Key(eventData.Context, command.Connection), command.Connection!, forOneStatement: true);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return ValueTask.FromResult(result);
    }

    // A statement read through a reader (INSERT … RETURNING) has written once its reader is closed.
    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => GiveAfterStatement(eventData.Context, command.Connection);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => GiveAfterStatement(eventData.Context, command.Connection);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveAfterStatement(eventData.Context, command.Connection);
        return Task.CompletedTask;
    }
}
