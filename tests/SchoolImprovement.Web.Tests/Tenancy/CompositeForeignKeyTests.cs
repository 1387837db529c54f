using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SchoolImprovement.Domain.People;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Seeding;
using SchoolImprovement.Web.Tests.Support;

namespace SchoolImprovement.Web.Tests.Tenancy;

/// <summary>
/// Defence in depth (issue 7, item 9): the database itself refuses a trust-owned row whose school or
/// person belongs to another trust, even when the row is written past every handler and the tenancy
/// interceptor (raw SQL). Runs on SQLite and on PostgreSQL (the two classes at the end of this file).
/// </summary>
public abstract class CompositeForeignKeyTests<TPortal>(TPortal fixture) : IClassFixture<TPortal>
    where TPortal : class, IPortalFixture
{
    private PortalFactory Portal => fixture.Portal;

    private sealed record Trusts(Guid Ddat, Guid Vine, Guid DdatSchool, Guid VineSchool, Guid DdatPerson, Guid VinePerson, Guid PlatformAdministrator);

    private async Task<Trusts> TrustsAsync() => new(
        await Portal.TrustIdAsync(Browsing.DdatTrust),
        await Portal.TrustIdAsync(Browsing.VineTrust),
        await Portal.SchoolIdAsync(Browsing.DdatTrust, 190001),
        await Portal.SchoolIdAsync(Browsing.VineTrust, 290001),
        await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Ddat)),
        await Portal.UserIdAsync(DemoSeeder.DemoEmail(TrustRole.SchoolImprovementOfficer, Browsing.Vine)),
        await Portal.UserIdAsync(DemoSeeder.PlatformAdministratorEmail));

    private static FormattableString InsertAction(Guid id, Guid trustId, Guid schoolId, Guid? ownerUserId) =>
        $"INSERT INTO \"Actions\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Title\", \"Source\", \"OwnerUserId\", \"DueOn\", \"Status\", \"CreatedAt\") VALUES ({id}, {trustId}, {Guid.NewGuid()}, {schoolId}, {"Raw SQL action"}, {0}, {ownerUserId}, {new DateOnly(2027, 1, 31)}, {0}, {DateTimeOffset.UtcNow})";

    private static FormattableString InsertCategorisation(Guid id, Guid trustId, Guid schoolId, Guid proposedBy) =>
        $"INSERT INTO \"Categorisations\" (\"Id\", \"TrustId\", \"Version\", \"SchoolId\", \"Category\", \"Rationale\", \"Evidence\", \"Status\", \"ProposedBy\", \"ProposedAt\") VALUES ({id}, {trustId}, {Guid.NewGuid()}, {schoolId}, {"Raw"}, {"Raw SQL categorisation"}, {"[]"}, {2}, {proposedBy}, {DateTimeOffset.UtcNow})";

    private static FormattableString InsertInspection(Guid id, Guid trustId, Guid schoolId) =>
        $"INSERT INTO \"Inspections\" (\"Id\", \"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\", \"Grades\", \"Notes\") VALUES ({id}, {trustId}, {schoolId}, {1}, {new DateOnly(2026, 3, 1)}, {"{}"}, {"Raw SQL inspection"})";

    private static FormattableString InsertAssignment(Guid id, Guid trustId, Guid userId, Guid schoolId) =>
        $"INSERT INTO \"SchoolAssignments\" (\"Id\", \"TrustId\", \"UserId\", \"SchoolId\", \"Kind\") VALUES ({id}, {trustId}, {userId}, {schoolId}, {(int)AssignmentKind.LinkedOfficerFor})";

    /// <summary>The rows of <paramref name="table"/> with <paramref name="id"/>, read past the tenancy filter.</summary>
    private Task<int> CountAsync(string table, Guid id)
    {
        var sql = $"SELECT count(*) AS \"Value\" FROM \"{table}\" WHERE \"Id\" = {{0}}"; // table names from this class, never input
        return Portal.WithoutTrustAsync(db => db.Database.SqlQueryRaw<int>(sql, id).SingleAsync());
    }

    private Task ExecuteAsync(FormattableString sql) => Portal.WithoutTrustAsync(db => db.Database.ExecuteSqlAsync(sql));

    /// <summary>Asserts the insert fails as a foreign-key violation (on PostgreSQL, of the named constraint) and wrote nothing.</summary>
    private async Task AssertRefusedAsync(FormattableString insert, string table, Guid id, string constraint)
    {
        var error = await Record.ExceptionAsync(() => ExecuteAsync(insert));
        switch (error as DbException ?? error?.InnerException as DbException)
        {
            case SqliteException sqlite:
                Assert.Equal(787, sqlite.SqliteExtendedErrorCode); // SQLITE_CONSTRAINT_FOREIGNKEY
                break;
            case PostgresException postgres:
                Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, postgres.SqlState);
                Assert.Equal(constraint, postgres.ConstraintName);
                break;
            default:
                Assert.Fail($"Expected a foreign-key violation of {constraint}, got {error?.GetType().Name ?? "no error"}: {error?.Message}");
                break;
        }

        Assert.Equal(0, await CountAsync(table, id));
    }

    /// <summary>A new person of <paramref name="trustId"/> with no assignments yet.</summary>
    private async Task<Guid> NewPersonAsync(Guid trustId)
    {
        var person = Guid.CreateVersion7();
        await ExecuteAsync($"INSERT INTO \"AspNetUsers\" (\"Id\", \"TrustId\", \"DisplayName\", \"IsActive\", \"CreatedAt\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") VALUES ({person}, {trustId}, {"Raw SQL person"}, {true}, {DateTimeOffset.UtcNow}, {true}, {false}, {false}, {true}, {0})");
        return person;
    }

    [SkippableFact]
    public async Task A_row_of_one_trust_naming_a_school_of_another_is_refused_by_the_database()
    {
        var t = await TrustsAsync();
        var id = Guid.CreateVersion7();

        await AssertRefusedAsync(InsertAction(id, t.Ddat, t.VineSchool, null), "Actions", id, "FK_Actions_Schools_TrustId_SchoolId");
        await AssertRefusedAsync(InsertCategorisation(id, t.Ddat, t.VineSchool, t.DdatPerson), "Categorisations", id, "FK_Categorisations_Schools_TrustId_SchoolId");
        await AssertRefusedAsync(InsertInspection(id, t.Ddat, t.VineSchool), "Inspections", id, "FK_Inspections_Schools_TrustId_SchoolId");
        await AssertRefusedAsync(InsertAssignment(id, t.Ddat, t.DdatPerson, t.VineSchool), "SchoolAssignments", id, "FK_SchoolAssignments_Schools_TrustId_SchoolId");
    }

    [SkippableFact]
    public async Task The_same_rows_naming_a_school_of_their_own_trust_are_stored()
    {
        var t = await TrustsAsync();
        var (action, categorisation, inspection, assignment) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        await ExecuteAsync(InsertAction(action, t.Ddat, t.DdatSchool, t.DdatPerson));
        await ExecuteAsync(InsertCategorisation(categorisation, t.Ddat, t.DdatSchool, t.DdatPerson));
        await ExecuteAsync(InsertInspection(inspection, t.Ddat, t.DdatSchool));
        await ExecuteAsync(InsertAssignment(assignment, t.Ddat, await NewPersonAsync(t.Ddat), t.DdatSchool));

        Assert.Equal(1, await CountAsync("Actions", action));
        Assert.Equal(1, await CountAsync("Categorisations", categorisation));
        Assert.Equal(1, await CountAsync("Inspections", inspection));
        Assert.Equal(1, await CountAsync("SchoolAssignments", assignment));
        foreach (var (table, id) in new[] { ("Actions", action), ("Categorisations", categorisation), ("Inspections", inspection), ("SchoolAssignments", assignment) })
        {
            var sql = $"DELETE FROM \"{table}\" WHERE \"Id\" = {{0}}";
            await Portal.WithoutTrustAsync(db => db.Database.ExecuteSqlRawAsync(sql, id));
        }
    }

    [SkippableFact]
    public async Task A_row_of_one_trust_naming_a_person_of_another_or_a_platform_administrator_is_refused()
    {
        var t = await TrustsAsync();
        var id = Guid.CreateVersion7();

        await AssertRefusedAsync(InsertAction(id, t.Ddat, t.DdatSchool, t.VinePerson), "Actions", id, "FK_Actions_AspNetUsers_TrustId_OwnerUserId");
        await AssertRefusedAsync(InsertAction(id, t.Ddat, t.DdatSchool, t.PlatformAdministrator), "Actions", id, "FK_Actions_AspNetUsers_TrustId_OwnerUserId");
        await AssertRefusedAsync(InsertAssignment(id, t.Ddat, t.VinePerson, t.DdatSchool), "SchoolAssignments", id, "FK_SchoolAssignments_AspNetUsers_TrustId_UserId");
        await AssertRefusedAsync(InsertAssignment(id, t.Ddat, t.PlatformAdministrator, t.DdatSchool), "SchoolAssignments", id, "FK_SchoolAssignments_AspNetUsers_TrustId_UserId");
    }

    [SkippableFact]
    public async Task A_save_that_missed_the_handlers_check_on_the_school_fails_and_writes_nothing()
    {
        var t = await TrustsAsync();
        var assignment = SchoolAssignment.Create(t.DdatPerson, [TrustRole.SchoolImprovementOfficer], t.VineSchool, AssignmentKind.LinkedOfficerFor);

        // The interceptor stamps DDAT's TrustId; only the composite key knows the school is Vine's.
        await Portal.InTrustAsync(t.Ddat, async db =>
        {
            db.SchoolAssignments.Add(assignment);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        Assert.Equal(t.Ddat, assignment.TrustId);
        Assert.Equal(0, await CountAsync("SchoolAssignments", assignment.Id));
    }

    [SkippableFact]
    public async Task Removing_a_person_still_clears_their_actions_and_removes_their_assignments()
    {
        var t = await TrustsAsync();
        var (person, action, assignment) = (await NewPersonAsync(t.Ddat), Guid.CreateVersion7(), Guid.CreateVersion7());
        await ExecuteAsync(InsertAction(action, t.Ddat, t.DdatSchool, person));
        await ExecuteAsync(InsertAssignment(assignment, t.Ddat, person, t.DdatSchool));

        // Both keys on the person's reference (the model's with its delete rule, the composite one with none) agree.
        await ExecuteAsync($"DELETE FROM \"AspNetUsers\" WHERE \"Id\" = {person}");

        Assert.Equal(0, await CountAsync("SchoolAssignments", assignment));
        var owner = await Portal.WithoutTrustAsync(db => db.Database.SqlQuery<Guid?>($"SELECT \"OwnerUserId\" AS \"Value\" FROM \"Actions\" WHERE \"Id\" = {action}").SingleAsync());
        Assert.Null(owner);
        await ExecuteAsync($"DELETE FROM \"Actions\" WHERE \"Id\" = {action}");
    }
}

public sealed class SqliteCompositeForeignKeyTests(SqlitePortal fixture) : CompositeForeignKeyTests<SqlitePortal>(fixture);

public sealed class PostgresCompositeForeignKeyTests(PostgresPortal fixture) : CompositeForeignKeyTests<PostgresPortal>(fixture);
