using Microsoft.EntityFrameworkCore.Design;
using Tandem.Data;

namespace Tandem.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for Sqlite; no database is contacted to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TandemDb>
{
    public TandemDb CreateDbContext(string[] args) => DataSetup.CreateContext(DatabaseProvider.Sqlite, "Data Source=design-time.db");
}
