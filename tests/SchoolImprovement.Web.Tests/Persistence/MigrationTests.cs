using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;
using SchoolImprovement.Infrastructure.Persistence.Interceptors;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>
/// Each provider's generated migration set builds exactly the model's schema plus the same-trust references to
/// people (which the model cannot express), on SQLite and PostgreSQL. Upgrades with data: <see cref="LegacyMigrationUpgradeTests"/>.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => [DatabaseProviders.Sqlite, DatabaseProviders.Postgres];

    internal static PortalDbContext Context(TestDatabase database, TrustContext? trust = null)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseProviders.Configure(builder, database.Options);
        trust ??= new TrustContext();
        builder.AddInterceptors(new VersionInterceptor(), new TenancyInterceptor(trust));
        return new PortalDbContext(builder.Options, trust);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Migrating_an_empty_database_gives_the_same_schema_as_EnsureCreated(string provider)
    {
        using var migrated = TestDatabase.Create(provider);
        await using (var db = Context(migrated))
        {
            await PortalMigrations.MigrateAsync(db);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        List<string> fromMigrations;
        await using (var db = Context(migrated))
        {
            fromMigrations = await SchemaReader.DescribeAsync(db, provider);
        }

        var fromModel = await ModelSchemaAsync(provider);
        Assert.Contains(fromModel, l => l.Contains("Schools", StringComparison.Ordinal));
        Assert.Equal(fromModel, fromMigrations);
    }

    /// <summary>
    /// The schema the migrations must build: what EnsureCreated builds from the model on an empty database of
    /// <paramref name="provider"/>, plus one line for each same-trust key to people.
    /// </summary>
    internal static async Task<List<string>> ModelSchemaAsync(string provider)
    {
        using var created = TestDatabase.Create(provider);
        await using var db = Context(created);
        await db.Database.EnsureCreatedAsync();
        var fromModel = await SchemaReader.DescribeAsync(db, provider);
        List<string> beyondTheModel = [.. SameTrustKeysToPeople(db, provider)];
        Assert.NotEmpty(beyondTheModel);
        return [.. fromModel.Concat(beyondTheModel).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The composite keys to people the model marks but cannot express (TrustUserReferences): the migrations
    /// add exactly these to what EnsureCreated builds, one schema line each.
    /// </summary>
    internal static IEnumerable<string> SameTrustKeysToPeople(PortalDbContext db, string provider) =>
        TrustUserReferences.In(db.GetService<IDesignTimeModel>().Model).Select(r => provider == DatabaseProviders.Postgres
            ? $"constraint \"{r.Table}\".{r.Constraint} FOREIGN KEY (\"TrustId\", \"{r.Column}\") REFERENCES \"AspNetUsers\"(\"TrustId\", \"Id\")"
            : $"fk {r.Table}(TrustId,{r.Column}) -> AspNetUsers(TrustId,Id) on delete NO ACTION");
}
