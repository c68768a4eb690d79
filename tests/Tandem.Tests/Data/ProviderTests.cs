using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Data;

/// <summary>Each test host really runs on its own database: configuration reaches the app before it is built.</summary>
public abstract class ProviderTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task App_UsesTheConfiguredDatabase()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();

        Assert.Equal(App.Provider == DatabaseProvider.Postgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite",
            db.Database.ProviderName);
        var expected = App.Provider == DatabaseProvider.Postgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(App.ConnectionString).Database
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(App.ConnectionString).DataSource;
        Assert.Contains(expected!, db.Database.GetConnectionString(), StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

public sealed class ProviderTests_Sqlite() : ProviderTests(TandemApp.Sqlite);

public sealed class ProviderTests_Postgres() : ProviderTests(TandemApp.Postgres);
