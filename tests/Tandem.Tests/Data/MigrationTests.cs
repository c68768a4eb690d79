using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Tests.Data;

/// <summary>The migrations of each provider describe the current model exactly.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void Model_HasNoPendingChanges(DatabaseProvider provider, string connectionString)
    {
        using var db = DataSetup.CreateContext(provider, connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration describes. Add one: see docs/development.md.");
    }
}
