using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>
/// SQLite only: every connection Tandem opens runs with synchronous=NORMAL, a busy timeout and no automatic checkpoints
/// (SqliteCheckpoints makes them in the background; decision 009).
/// </summary>
public sealed class SqliteTuningTests() : AppTest(TandemApp.Sqlite)
{
    [Fact]
    public async Task EveryOpenedConnection_RunsWithSynchronousNormalABusyTimeoutAndNoAutoCheckpoint_AlsoWhenReusedFromThePool()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, await PragmaAsync(db, "synchronous")); // 0 OFF, 1 NORMAL, 2 FULL (SQLite's default)
            Assert.Equal((long)SqliteTuning.BusyTimeout.TotalMilliseconds, await PragmaAsync(db, "busy_timeout")); // SQLite's default: 0
            Assert.Equal(0L, await PragmaAsync(db, "wal_autocheckpoint")); // SQLite's default: 1,000 pages
        }
    }

    private static async Task<object?> PragmaAsync(TandemDb db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
