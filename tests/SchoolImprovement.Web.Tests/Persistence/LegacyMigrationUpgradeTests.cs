using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SchoolImprovement.Domain.Boards;
using SchoolImprovement.Domain.Policy;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Persistence;

/// <summary>
/// A database made by the hand-written migrations (their schema kept in Persistence/Legacy) upgrades to the
/// generated sets with every row kept, when the portal starts on it; one stopped before the last hand-written
/// migration is refused with a clear message and left as it was. SQLite and PostgreSQL (the two providers the
/// hand-written set served).
/// </summary>
public sealed class LegacyMigrationUpgradeTests
{
    public static TheoryData<string> Providers => [DatabaseProviders.Sqlite, DatabaseProviders.Postgres];

    private const string OneShort = "20261126000055_SessionsAndRoleGrants";

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_database_at_the_last_hand_written_migration_upgrades_when_the_portal_starts_and_keeps_its_rows(string provider)
    {
        var database = TestDatabase.Create(provider);
        var rows = LegacyRows.New();
        await BuildFromLegacyScriptAsync(database, PortalMigrations.LastHandWritten);
        await using (var db = MigrationTests.Context(database))
        {
            await rows.InsertAsync(db);
        }

        using var portal = new ExistingDatabasePortal(database);
        using var health = await portal.CreateClient().GetAsync("/health");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);

        // Every row is still there, read through the model.
        Assert.Equal("Upgrade Person", await portal.WithoutTrustAsync(db => db.Users.Where(u => u.Id == rows.Person).Select(u => u.DisplayName).SingleAsync()));
        Assert.Equal(["Upgrade Trust"], await portal.WithoutTrustAsync(db => db.Trusts.Select(t => t.Name).ToListAsync()));
        var kept = await portal.InTrustAsync(rows.Trust, async db => (
            School: await db.Schools.SingleAsync(),
            Action: await db.Actions.SingleAsync(),
            Categorisation: await db.Categorisations.SingleAsync(),
            Inspection: await db.Inspections.SingleAsync(),
            Assignment: await db.SchoolAssignments.SingleAsync(),
            Policy: await db.PolicyProfiles.SingleAsync()));
        Assert.Equal((rows.School, "Kept Primary"), (kept.School.Id, kept.School.Name));
        Assert.Equal((rows.Action, "Kept action", (Guid?)rows.Person), (kept.Action.Id, kept.Action.Title, kept.Action.OwnerUserId));
        Assert.Equal("Kept rationale", kept.Categorisation.Rationale);
        Assert.Equal("Kept notes", kept.Inspection.Notes);
        Assert.Equal((rows.Person, rows.School), (kept.Assignment.UserId, kept.Assignment.SchoolId));
        Assert.Equal("Local Schools Board", kept.Policy.Labels.LocalCommitteeName);
        // The free-text board types of the old schema become the kinds of board (PolicyCapabilities migration), and a
        // profile saved before capabilities existed keeps every capability on.
        Assert.Equal([BoardKind.RaisingAchievementBoard, BoardKind.InterimLocalTrustCommittee], kept.Policy.BoardKinds);
        Assert.Equal(PolicyCapabilities.All, kept.Policy.Capabilities);

        // The history holds the hand-written ids and every generated migration; nothing is pending.
        await using (var db = MigrationTests.Context(database))
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(PortalMigrations.HandWritten.Concat(db.Database.GetMigrations()).Order(StringComparer.Ordinal), applied.Order(StringComparer.Ordinal));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            // Starting again changes nothing.
            await PortalMigrations.MigrateAsync(db);
            Assert.Equal(applied.Count, (await db.Database.GetAppliedMigrationsAsync()).Count());

            Assert.Equal(await MigrationTests.ModelSchemaAsync(provider), await SchemaReader.DescribeAsync(db, provider));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_database_stopped_before_the_last_hand_written_migration_is_refused_and_left_as_it_was(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await BuildFromLegacyScriptAsync(database, OneShort);
        await using var db = MigrationTests.Context(database);
        var before = await SchemaReader.DescribeAsync(db, provider);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PortalMigrations.MigrateAsync(db));
        Assert.Equal(
            $"This database was last migrated by an older release (its newest migration is {OneShort}). " +
            $"Upgrade to the previous release first, which brings it to {PortalMigrations.LastHandWritten}; this release continues from there.",
            refused.Message);

        Assert.Equal(PortalMigrations.HandWritten.Take(PortalMigrations.HandWritten.Count - 1), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(before, await SchemaReader.DescribeAsync(db, provider));
    }

    /// <summary>Runs the kept script that built the hand-written schema up to <paramref name="migration"/>, history rows included.</summary>
    private static async Task BuildFromLegacyScriptAsync(TestDatabase database, string migration)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Persistence", "Legacy", $"{database.Provider.ToLowerInvariant()}-{migration}.sql"));
        await using DbConnection connection = database.Provider == DatabaseProviders.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The portal started on an existing database, as production starts it (migrations on start, no demo data).</summary>
    private sealed class ExistingDatabasePortal(TestDatabase database) : PortalFactory(database)
    {
        protected override bool DemoMode => false;
    }

    /// <summary>A trust's rows in the hand-written schema, written with plain SQL (the columns that schema has).</summary>
    private sealed record LegacyRows(Guid Trust, Guid School, Guid Person, Guid Action, Guid Categorisation, Guid Inspection, Guid Assignment)
    {
        public static LegacyRows New() => new(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        public async Task InsertAsync(DbContext db)
        {
            var now = DateTimeOffset.UtcNow;
            var policy = PolicyTemplates.VineSchoolsTrust();
            var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            string Json<T>(T value) => JsonSerializer.Serialize(value, web);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Trusts\" (\"Id\", \"Name\", \"CreatedAt\") VALUES ({Trust}, {"Upgrade Trust"}, {now})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"PolicyProfiles\" (\"Id\", \"TrustId\", \"Version\", \"Labels\", \"Categories\", \"Concern\", \"BoardTypes\", \"Boards\", \"Allocations\", \"Cycles\") VALUES ({Guid.CreateVersion7()}, {Trust}, {Guid.NewGuid()}, {Json(policy.Labels)}, {Json(policy.Categories)}, {Json(policy.Concern)}, {Json(new[] { "Raising Achievement Board (RAB)", "Interim Local Trust Committee (ILTC)" })}, {Json(policy.Boards)}, {Json(policy.Allocations)}, {Json(policy.Cycles)})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schools\" (\"Id\", \"TrustId\", \"Version\", \"Urn\", \"Name\", \"Phase\", \"EstablishmentType\", \"LocalAuthority\", \"Pupils\", \"DateJoined\") VALUES ({School}, {Trust}, {Guid.NewGuid()}, {123456}, {"Kept Primary"}, {"Primary"}, {"Academy converter"}, {"Derby"}, {50}, {new DateOnly(2020, 9, 1)})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUsers\" (\"Id\", \"TrustId\", \"DisplayName\", \"IsActive\", \"CreatedAt\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") VALUES ({Person}, {Trust}, {"Upgrade Person"}, {true}, {now}, {true}, {false}, {false}, {true}, {0})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Actions\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Title\", \"Source\", \"OwnerUserId\", \"DueOn\", \"Status\", \"CreatedAt\") VALUES ({Action}, {Trust}, {Guid.NewGuid()}, {School}, {"Kept action"}, {0}, {Person}, {new DateOnly(2027, 1, 31)}, {0}, {now})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Categorisations\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Category\", \"Rationale\", \"Evidence\", \"Status\", \"ProposedBy\", \"ProposedAt\") VALUES ({Categorisation}, {Trust}, {Guid.NewGuid()}, {School}, {"Good"}, {"Kept rationale"}, {"[]"}, {1}, {Person}, {now})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Inspections\" (\"Id\", \"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\", \"Grades\", \"Notes\") VALUES ({Inspection}, {Trust}, {School}, {1}, {new DateOnly(2026, 3, 1)}, {"{}"}, {"Kept notes"})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"SchoolAssignments\" (\"Id\", \"TrustId\", \"UserId\", \"SchoolId\", \"Kind\") VALUES ({Assignment}, {Trust}, {Person}, {School}, {3})");
        }
    }
}
