using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>SQLite only: every connection Tandem opens runs with synchronous=NORMAL (decision 009).</summary>
public sealed class SqliteTuningTests() : AppTest(TandemApp.Sqlite)
{
    [Fact]
    public async Task EveryOpenedConnection_RunsWithSynchronousNormal_AlsoWhenReusedFromThePool()
    {
        var factory = App.Services.GetRequiredService<IDbContextFactory<TandemDb>>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous";

            Assert.Equal(1L, await command.ExecuteScalarAsync()); // 0 OFF, 1 NORMAL, 2 FULL (SQLite's default)
        }
    }
}
