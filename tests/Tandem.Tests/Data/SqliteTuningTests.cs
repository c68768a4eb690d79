using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>
/// SQLite only: every connection Tandem opens runs with synchronous=NORMAL, a busy handler and no automatic checkpoints
/// (SqliteCheckpoints makes them in the background; decision 009).
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

    private static async Task<object?> PragmaAsync(TandemDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
