using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

#pragma warning disable EF1003 // the SQL here is the test's own: a table name and a marker it made up

/// <summary>
/// SQLite only: a query's statement is prepared once per connection and reused with new parameter values; a pooled
/// context's connection stays open, with its statements, after the context goes back to the pool; and that open
/// connection carries no transaction over to the next lease (decision 010). Tests that look at one connection lease
/// from a pool of their own: the app's pool is shared with other tests and the background checkpoints.
/// </summary>
public sealed class SqliteStatementCacheTests() : AppTest(TandemApp.Sqlite)
{
    private IDbContextFactory<TandemDb> Factory => App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();

    [Fact]
    public async Task TheSameQuery_RunsOnOnePreparedStatement_WithEachCallsParameters()
    {
        var marker = Guid.NewGuid().ToString("N");
        // A fresh connection: one of the app's may already keep as many statements as it is allowed to.
        await using var db = await OwnPool().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var before = StatementMemory(connection);

        Assert.Equal([8], await AddOneAsync(db, marker, 7));
        var kept = StatementMemory(connection);
        Assert.Equal([9], await AddOneAsync(db, marker, 8));
        Assert.Equal([42], await AddOneAsync(db, marker, 41));

        Assert.True(kept > before, "the statement stays prepared after its query"); // finalized, it would free its memory
        Assert.Equal(kept, StatementMemory(connection)); // and no statement is prepared again
    }

    [Fact]
    public async Task APooledContextsConnection_StaysOpenWithItsStatements_WhenTheContextGoesBackToThePool()
    {
        var marker = Guid.NewGuid().ToString("N");
        var pool = OwnPool();
        SqliteConnection connection;
        int kept;
        await using (var db = await pool.CreateDbContextAsync())
        {
            connection = (SqliteConnection)db.Database.GetDbConnection();
            Assert.Equal([2], await AddOneAsync(db, marker, 1));
            kept = StatementMemory(connection);
        }

        await using var again = await pool.CreateDbContextAsync();
        Assert.Same(connection, again.Database.GetDbConnection());
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal([3], await AddOneAsync(again, marker, 2));
        Assert.Equal(kept, StatementMemory(connection)); // the statement of the first lease, not prepared again
    }

    [Fact]
    public async Task ATransactionLeftOpen_IsRolledBack_WhenTheContextGoesBackToThePool()
    {
        var table = "t" + Guid.NewGuid().ToString("N");
        var pool = OwnPool();
        await using (var db = await pool.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE " + table + " (x INTEGER)");
            await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("INSERT INTO " + table + " VALUES (1)");
            Assert.Equal(0, raw.sqlite3_get_autocommit(((SqliteConnection)db.Database.GetDbConnection()).Handle)); // inside a transaction
        } // never committed

        await using var again = await pool.CreateDbContextAsync();
        var connection = (SqliteConnection)again.Database.GetDbConnection();
        Assert.Equal(1, raw.sqlite3_get_autocommit(connection.Handle)); // no transaction carried over
        // On the same connection an uncommitted row would still be visible.
        Assert.Equal([0], await again.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM " + table).ToListAsync());
        await again.Database.ExecuteSqlRawAsync("DROP TABLE " + table);
    }

    [Fact]
    public async Task AKeptStatement_RunsInsideATransactionAndOutside_AndAfterAFailure()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal([2], await AddOneAsync(db, marker, 1));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            Assert.Equal([3], await AddOneAsync(db, marker, 2)); // the kept command takes the transaction
            await transaction.CommitAsync();
        }
        Assert.Equal([4], await AddOneAsync(db, marker, 3)); // and gives it back

        var missing = "SELECT x AS \"Value\" FROM no_such_table_" + marker;
        for (var run = 0; run < 2; run++)
        {
            var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.SqlQueryRaw<int>(missing).ToListAsync());
            Assert.Contains("no such table", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal([5], await AddOneAsync(db, marker, 4));
    }

    /// <summary>A pool of one context with the app's options: a fresh connection, and a second lease gets the first one's context.</summary>
    private PooledDbContextFactory<TandemDb> OwnPool() =>
        new(App.Services.GetRequiredService<DbContextOptions<TandemDb>>(), poolSize: 1);

    private static Task<List<int>> AddOneAsync(TandemDb db, string marker, int value) =>
        db.Database.SqlQueryRaw<int>("SELECT @value + 1 AS \"Value\" -- " + marker, new SqliteParameter("@value", value)).ToListAsync();

    /// <summary>Bytes of memory held by the statements prepared on the connection (SQLITE_DBSTATUS_STMT_USED).</summary>
    private static int StatementMemory(SqliteConnection connection)
    {
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_STMT_USED, out var current, out _, 0));
        return current;
    }
}
