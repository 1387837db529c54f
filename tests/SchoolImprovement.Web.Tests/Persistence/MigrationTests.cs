using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Domain.Categorisation;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;
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
        List<string> beyondTheModel;
        await using (var db = Context(created))
        {
            beyondTheModel = [.. SameTrustKeysToPeople(db, provider)];
        }

        Assert.NotEmpty(beyondTheModel);
        Assert.Equal(fromModel.Concat(beyondTheModel).Order(StringComparer.Ordinal), fromMigrations);
    }

    /// <summary>
    /// The composite keys to people the model marks but cannot express (TrustUserReferences): the migrations
    /// add exactly these to what EnsureCreated builds, one schema line each.
    /// </summary>
    private static IEnumerable<string> SameTrustKeysToPeople(PortalDbContext db, string provider) =>
        TrustUserReferences.In(db.GetService<IDesignTimeModel>().Model).Select(r => provider == DatabaseProviders.Postgres
            ? $"constraint \"{r.Table}\".{r.Constraint} FOREIGN KEY (\"TrustId\", \"{r.Column}\") REFERENCES \"AspNetUsers\"(\"TrustId\", \"Id\")"
            : $"fk {r.Table}(TrustId,{r.Column}) -> AspNetUsers(TrustId,Id) on delete NO ACTION");

    private const string SameTrustReferences = "20261126000050_SameTrustReferences";

    /// <summary>Rows of two trusts in every table whose references 20261126000050 makes composite, written before it.</summary>
    private sealed record RowsBeforeSameTrustKeys(Guid Trust, Guid OtherTrust, Guid School, Guid OtherSchool, Guid Person, Guid Action, Guid Categorisation, Guid Inspection, Guid Assignment)
    {
        public static RowsBeforeSameTrustKeys New() => new(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        /// <param name="inspectionSchool">The inspection's school: <see cref="OtherSchool"/> makes a row that points into another trust.</param>
        public async Task InsertAsync(PortalDbContext db, Guid inspectionSchool)
        {
            var now = DateTimeOffset.UtcNow;
            var joined = new DateOnly(2020, 9, 1);
            foreach (var (trust, name) in new[] { (Trust, "Upgrade Trust"), (OtherTrust, "Other Upgrade Trust") })
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"Trusts\" (\"Id\", \"Name\", \"CreatedAt\") VALUES ({trust}, {name}, {now})");
            }

            foreach (var (school, trust, urn) in new[] { (School, Trust, 111111), (OtherSchool, OtherTrust, 222222) })
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schools\" (\"Id\", \"TrustId\", \"Version\", \"Urn\", \"Name\", \"Phase\", \"EstablishmentType\", \"LocalAuthority\", \"Pupils\", \"DateJoined\") VALUES ({school}, {trust}, {Guid.NewGuid()}, {urn}, {"School " + urn}, {"Primary"}, {"Academy converter"}, {"Derby"}, {50}, {joined})");
            }

            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUsers\" (\"Id\", \"TrustId\", \"DisplayName\", \"IsActive\", \"CreatedAt\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") VALUES ({Person}, {Trust}, {"Upgrade Person"}, {true}, {now}, {true}, {false}, {false}, {true}, {0})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Actions\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Title\", \"Source\", \"OwnerUserId\", \"DueOn\", \"Status\", \"CreatedAt\") VALUES ({Action}, {Trust}, {Guid.NewGuid()}, {School}, {"Kept action"}, {0}, {Person}, {new DateOnly(2027, 1, 31)}, {0}, {now})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Categorisations\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Category\", \"Rationale\", \"Evidence\", \"Status\", \"ProposedBy\", \"ProposedAt\") VALUES ({Categorisation}, {Trust}, {Guid.NewGuid()}, {School}, {"Good"}, {"Kept rationale"}, {"[]"}, {1}, {Person}, {now})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Inspections\" (\"Id\", \"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\", \"Grades\", \"Notes\") VALUES ({Inspection}, {Trust}, {inspectionSchool}, {1}, {new DateOnly(2026, 3, 1)}, {"{}"}, {"Kept notes"})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"SchoolAssignments\" (\"Id\", \"TrustId\", \"UserId\", \"SchoolId\", \"Kind\") VALUES ({Assignment}, {Trust}, {Person}, {School}, {3})");
        }

        /// <summary>The ids in each table, read with plain SQL (no tenancy filter).</summary>
        public static async Task<Dictionary<string, List<Guid>>> IdsAsync(PortalDbContext db)
        {
            var ids = new Dictionary<string, List<Guid>>();
            foreach (var table in new[] { "Schools", "Actions", "Categorisations", "Inspections", "SchoolAssignments" })
            {
                var sql = $"SELECT \"Id\" AS \"Value\" FROM \"{table}\""; // the table names above, never input
                ids[table] = await db.Database.SqlQueryRaw<Guid>(sql).ToListAsync();
            }

            return ids;
        }
    }

    private static async Task MigrateToJustBeforeAsync(PortalDbContext db, string migration)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var at = migrations.IndexOf(migration);
        Assert.True(at > 0, $"{migration} is not in the assembly or has no migration before it.");
        await db.GetService<IMigrator>().MigrateAsync(migrations[at - 1]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Upgrading_to_same_trust_references_keeps_every_row_and_then_refuses_a_cross_trust_one(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var rows = RowsBeforeSameTrustKeys.New();
        await using (var db = Context(database))
        {
            await MigrateToJustBeforeAsync(db, SameTrustReferences);
            await rows.InsertAsync(db, inspectionSchool: rows.School);
        }

        var trustScope = new TrustContext();
        trustScope.Enter(rows.Trust, null, "test");
        await using (var db = Context(database, trustScope))
        {
            await db.GetService<IMigrator>().MigrateAsync(SameTrustReferences);
            Assert.Equal(SameTrustReferences, (await db.Database.GetAppliedMigrationsAsync()).Last());

            var ids = await RowsBeforeSameTrustKeys.IdsAsync(db);
            Assert.Equal(new[] { rows.OtherSchool, rows.School }.Order(), ids["Schools"].Order());
            Assert.Equal([rows.Action], ids["Actions"]);
            Assert.Equal([rows.Categorisation], ids["Categorisations"]);
            Assert.Equal([rows.Inspection], ids["Inspections"]);
            Assert.Equal([rows.Assignment], ids["SchoolAssignments"]);

            // Read back whole through the model, past the rebuilt tables.
            var action = await db.Actions.SingleAsync();
            Assert.Equal(("Kept action", rows.School, (Guid?)rows.Person), (action.Title, action.SchoolId, action.OwnerUserId));
            Assert.Equal("Kept rationale", (await db.Categorisations.SingleAsync()).Rationale);
            Assert.Equal("Kept notes", (await db.Inspections.SingleAsync()).Notes);
            var assignment = await db.SchoolAssignments.SingleAsync();
            Assert.Equal((rows.Person, rows.School), (assignment.UserId, assignment.SchoolId));

            // The foreign keys are back on after the rebuild: a row pointing into the other trust is refused.
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"Inspections\" (\"Id\", \"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\", \"Grades\", \"Notes\") VALUES ({Guid.CreateVersion7()}, {rows.Trust}, {rows.OtherSchool}, {1}, {new DateOnly(2026, 3, 1)}, {"{}"}, {"Cross"})"));
            Assert.Equal([rows.Inspection], (await RowsBeforeSameTrustKeys.IdsAsync(db))["Inspections"]);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Upgrading_stops_at_a_row_already_pointing_into_another_trust_and_keeps_the_database_as_it_was(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var rows = RowsBeforeSameTrustKeys.New();
        string before;
        await using (var db = Context(database))
        {
            await MigrateToJustBeforeAsync(db, SameTrustReferences);
            before = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await rows.InsertAsync(db, inspectionSchool: rows.OtherSchool);
        }

        await using (var db = Context(database))
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.GetService<IMigrator>().MigrateAsync(SameTrustReferences));
        }

        await using (var db = Context(database))
        {
            Assert.Equal(before, (await db.Database.GetAppliedMigrationsAsync()).Last());
            var ids = await RowsBeforeSameTrustKeys.IdsAsync(db);
            Assert.Equal(2, ids["Schools"].Count);
            Assert.Equal([rows.Inspection], ids["Inspections"]);
            Assert.Equal([rows.Assignment], ids["SchoolAssignments"]);
            var schema = await SchemaReader.DescribeAsync(db, provider);
            Assert.DoesNotContain(schema, l => l.Contains("ef_temp", StringComparison.Ordinal) || l.Contains("AK_Schools_TrustId_Id", StringComparison.Ordinal) || l.Contains("IX_AspNetUsers_TrustId_Id", StringComparison.Ordinal));
        }
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
