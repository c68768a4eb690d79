using Microsoft.EntityFrameworkCore.Design;
using Tandem.Data;

namespace Tandem.Migrations.Postgres;

/// <summary>Lets dotnet-ef build the model for Postgres; no database is contacted to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TandemDb>
{
    public TandemDb CreateDbContext(string[] args) =>
        DataSetup.CreateContext(DatabaseProvider.Postgres, "Host=localhost;Database=tandem_design;Username=postgres");
}
