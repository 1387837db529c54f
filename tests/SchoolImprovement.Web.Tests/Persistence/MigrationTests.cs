using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Policy;
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
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
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
    public async Task Upgrading_from_the_previous_migration_keeps_its_data(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var trustId = Guid.CreateVersion7();
        var schoolId = Guid.CreateVersion7();
        string previous;
        await using (var db = Context(database))
        {
            previous = PreviousMigration(db);
            await db.GetService<IMigrator>().MigrateAsync(previous);
            Assert.Equal(previous, (await db.Database.GetAppliedMigrationsAsync()).Last());
            // Rows written with the columns every version since the first has held (no Schools.ClosedOn,
            // no PolicyProfiles.RequiredEvidence): the newer columns must take their defaults.
            var createdAt = DateTimeOffset.UtcNow;
            var version = Guid.NewGuid();
            var joined = new DateOnly(2020, 9, 1);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Trusts\" (\"Id\", \"Name\", \"CreatedAt\") VALUES ({trustId}, {"Upgrade Trust"}, {createdAt})");
            var policy = PolicyTemplates.VineSchoolsTrust();
            var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            string Json<T>(T value) => JsonSerializer.Serialize(value, web);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"PolicyProfiles\" (\"Id\", \"TrustId\", \"Version\", \"Labels\", \"Categories\", \"Concern\", \"BoardTypes\", \"Boards\", \"Allocations\", \"Cycles\") VALUES ({Guid.CreateVersion7()}, {trustId}, {version}, {Json(policy.Labels)}, {Json(policy.Categories)}, {Json(policy.Concern)}, {Json(policy.BoardTypes)}, {Json(policy.Boards)}, {Json(policy.Allocations)}, {Json(policy.Cycles)})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schools\" (\"Id\", \"TrustId\", \"Version\", \"Urn\", \"Name\", \"Phase\", \"EstablishmentType\", \"LocalAuthority\", \"Pupils\", \"DateJoined\") VALUES ({schoolId}, {trustId}, {version}, {123456}, {"Before Upgrade Primary"}, {"Primary"}, {"Academy converter"}, {"Derby"}, {50}, {joined})");
        }

        var trustScope = new TrustContext();
        trustScope.Enter(trustId, null, "test");
        await using (var db = Context(database, trustScope))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var school = await db.Schools.SingleAsync();
            Assert.Equal(("Before Upgrade Primary", schoolId, (DateOnly?)null), (school.Name, school.Id, school.ClosedOn));
            var profile = await db.PolicyProfiles.SingleAsync();
            Assert.Equal("Local Schools Board", profile.Labels.LocalCommitteeName);
            Assert.Equal(EvidenceSources.All, profile.RequiredEvidence);
        }
    }

    /// <summary>The migration before the newest, as the assembly lists them: upgrading from it must keep its data.</summary>
    private static string PreviousMigration(PortalDbContext db)
    {
        var migrations = db.Database.GetMigrations().ToList();
        Assert.True(migrations.Count >= 2, "There is no previous migration to upgrade from.");
        return migrations[^2];
    }
}
