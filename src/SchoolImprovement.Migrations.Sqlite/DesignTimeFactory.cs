using Microsoft.EntityFrameworkCore.Design;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Migrations.Sqlite;

/// <summary>What <c>dotnet ef</c> builds when this project is both the target and the startup project (scripts/add-migration.sh).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create(DatabaseProviders.Sqlite);
}
