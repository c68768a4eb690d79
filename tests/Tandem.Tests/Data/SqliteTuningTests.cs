using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

#pragma warning disable EF1002, EF1003 // the SQL here is the test's own: a table name it made up

/// <summary>
/// SQLite only: every connection Tandem opens runs with synchronous=NORMAL, a busy handler and no automatic checkpoints,
/// and SqliteCheckpoints makes them in the background (decision 009; all set up by SqliteSetup.UseTandemSqlite).
/// </summary>
public sealed class SqliteTuningTests() : AppTest(TandemApp.Sqlite)
{
    [Fact]
    public async Task EveryOpenedConnection_RunsWithSynchronousNormalABusyHandlerAndNoAutoCheckpoint_AlsoWhenReusedFromThePool()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, await PragmaAsync(db, "synchronous")); // 0 OFF, 1 NORMAL, 2 FULL (SQLite's default)
            Assert.Equal(0L, await PragmaAsync(db, "busy_timeout")); // Tandem's own busy handler replaces SQLite's timeout
            Assert.Equal(0L, await PragmaAsync(db, "wal_autocheckpoint")); // SQLite's default: 1,000 pages
        }
    }

    [Fact]
    public async Task ASecondWriter_WaitsForTheFirst_InsteadOfFailing()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();
        await using var first = await factory.CreateDbContextAsync();
        await using var second = await factory.CreateDbContextAsync();
        await using var held = await first.Database.BeginTransactionAsync(); // BEGIN IMMEDIATE: the write lock

        var trying = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = Task.Run(async () =>
        {
            trying.SetResult();
            await using var transaction = await second.Database.BeginTransactionAsync();
            await transaction.CommitAsync();
        });
        await trying.Task;
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted, "the second writer waits while the first holds the lock");
        await held.CommitAsync();

        await waiting; // and then gets the lock, without "database is locked"
    }

    [Fact]
    public async Task WrittenPages_ReachTheDatabaseFile_InTheBackground_WithNoFurtherWrite()
    {
        // Automatic checkpoints are off, so only SqliteCheckpoints copies the log into the file.
        var factory = App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();
        await using var db = await factory.CreateDbContextAsync();
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var table = "t" + Guid.NewGuid().ToString("N");
        await db.Database.ExecuteSqlRawAsync($"CREATE TABLE {table} (x BLOB); INSERT INTO {table} VALUES (randomblob(4000000));");
        var written = new FileInfo(file).Length;
        try
        {
            var deadline = DateTime.UtcNow + 10 * SqliteCheckpoints.Interval;
            while (new FileInfo(file).Length < written + 3_000_000 && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.True(new FileInfo(file).Length >= written + 3_000_000, "the 4 MB written are in the database file, not only in its log");
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE " + table);
        }
    }

    private static async Task<object?> PragmaAsync(TandemDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
