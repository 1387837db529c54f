using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Trusts;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Interceptors;
using SchoolImprovement.Infrastructure.Tenancy;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>The hand-written migrations build exactly the model's schema, on both providers, and upgrade a database that holds data.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => [DatabaseProviders.Sqlite, DatabaseProviders.Postgres];

    private static PortalDbContext Context(TestDatabase database, TrustContext? trust = null)
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
        using var created = TestDatabase.Create(provider);
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        List<string> fromMigrations, fromModel;
        await using (var db = Context(migrated))
        {
            fromMigrations = await SchemaReader.DescribeAsync(db, provider);
        }

        await using (var db = Context(created))
        {
            fromModel = await SchemaReader.DescribeAsync(db, provider);
        }

        Assert.Contains(fromModel, l => l.Contains("Schools", StringComparison.Ordinal));
        Assert.Equal(fromModel, fromMigrations);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Upgrading_from_the_first_migration_keeps_its_data(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var trust = new Trust("Upgrade Trust", DateTimeOffset.UtcNow);
        await using (var db = Context(database))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261124000001_IdentityTrustsAndSchools");
            db.Trusts.Add(trust);
            await db.SaveChangesAsync();
        }

        var trustScope = new TrustContext();
        trustScope.Enter(trust.Id, null, "test");
        await using (var db = Context(database, trustScope))
        {
            db.Schools.Add(new School(new SchoolDetails(123456, "Before Upgrade Primary", "Primary", "Academy converter", "Derby", null, null, 50, new DateOnly(2020, 9, 1))));
            await db.SaveChangesAsync();
        }

        await using (var db = Context(database, trustScope))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal("Before Upgrade Primary", (await db.Schools.SingleAsync()).Name);
            Assert.Equal(0, await db.PolicyProfiles.CountAsync());
        }
    }
}
