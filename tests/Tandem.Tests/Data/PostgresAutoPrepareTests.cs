using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

#pragma warning disable EF1003 // the SQL here is the test's own, with a marker it made up

/// <summary>
/// PostgreSQL: a statement Tandem runs often is prepared on its pooled connection and not parsed and planned again
/// (Npgsql's automatic preparation, on unless the connection string sets it; decision 010).
/// </summary>
public sealed class PostgresAutoPrepareTests() : AppTest(TandemApp.Postgres)
{
    [Fact]
    public async Task AStatementRunOften_IsPreparedOnItsConnection()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<TandemDb>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        for (var value = 0; value < 6; value++)
        {
            Assert.Equal([value + 1], await db.Database.SqlQueryRaw<int>(
                "SELECT @value + 1 AS \"Value\" -- " + marker, new NpgsqlParameter<int>("value", value)).ToListAsync());
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        Assert.Single(prepared, s => s.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Username=tandem", 256)]
    [InlineData("Host=db;Username=tandem;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=tandem;Max Auto Prepare=20", 20)]
    public void AutoPreparation_IsOnByDefault_AndTheConnectionStringCanSayOtherwise(string configured, int expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tandem"] = configured })
            .Build();

        var connectionString = DataSetup.ConnectionString(configuration, DatabaseProvider.Postgres, "/tmp");

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(connectionString).MaxAutoPrepare);
    }
}
