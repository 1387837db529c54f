using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>
/// Every provider's migration set holds the whole model: the snapshot of its newest migration equals the
/// model the portal builds for that provider. Fails when a model change has no migration in some set
/// (run scripts/add-migration.sh). Needs no database server: the comparison is between two models.
/// </summary>
public sealed class PendingModelChangesTests
{
    public static TheoryData<string> Providers => [.. DatabaseProviders.All];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_provider_migration_set_holds_every_model_change(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes that no migration holds: bash scripts/add-migration.sh <Name>");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_reads_its_own_migration_set(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);
        var migrationsAssembly = db.GetService<IMigrationsAssembly>();
        Assert.Equal(DatabaseProviders.MigrationsAssembly(provider), migrationsAssembly.Assembly.GetName().Name);
        Assert.EndsWith("_Baseline", db.Database.GetMigrations().First(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_refused_with_the_supported_names()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Configure(builder, new DatabaseOptions { Provider = "Oracle" }));
        Assert.Equal("Database:Provider 'Oracle' is not supported. Use 'Sqlite', 'Postgres' or 'SqlServer'.", refused.Message);
    }

    [Fact]
    public void SqlServer_needs_a_connection_string()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Configure(builder, new DatabaseOptions { Provider = "sqlserver" }));
        Assert.Equal("Database:ConnectionString is required when Database:Provider is SqlServer.", refused.Message);
    }
}
