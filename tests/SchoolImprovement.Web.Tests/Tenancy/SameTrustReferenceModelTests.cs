using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SchoolImprovement.Domain.Tenancy;
using SchoolImprovement.Infrastructure.Identity;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;
using SchoolImprovement.Infrastructure.Tenancy;

namespace SchoolImprovement.Web.Tests.Tenancy;

/// <summary>
/// Holds every entity, today's and future ones, to the rule of issue 7 item 9: a reference from a
/// trust-owned row to another trust-owned row or to a person includes TrustId, so the database
/// refuses a row that points into another trust (CompositeForeignKeyTests shows it does).
/// </summary>
public sealed class SameTrustReferenceModelTests
{
    /// <summary>The design-time model: it keeps every annotation (the runtime model drops some).</summary>
    private static IModel Model()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DatabaseProviders.Configure(builder, new DatabaseOptions { Provider = DatabaseProviders.Sqlite, ConnectionString = "Data Source=:memory:" });
        using var db = new PortalDbContext(builder.Options, new TrustContext());
        return db.GetService<IDesignTimeModel>().Model;
    }

    private static IEnumerable<IForeignKey> ReferencesFromTrustOwnedRows(IModel model) =>
        model.GetEntityTypes()
            .Where(t => typeof(ITrustOwned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetDeclaredForeignKeys());

    private static string Describe(IForeignKey key) =>
        $"{key.DeclaringEntityType.ClrType.Name}({string.Join(", ", key.Properties.Select(p => p.Name))}) → {key.PrincipalEntityType.ClrType.Name}({string.Join(", ", key.PrincipalKey.Properties.Select(p => p.Name))})";

    [Fact]
    public void Every_reference_between_trust_owned_rows_includes_TrustId_on_both_sides()
    {
        var checkedKeys = new List<string>();
        foreach (var key in ReferencesFromTrustOwnedRows(Model()).Where(k => typeof(ITrustOwned).IsAssignableFrom(k.PrincipalEntityType.ClrType)))
        {
            var dependent = key.DeclaringEntityType.ClrType.Name;
            var principal = key.PrincipalEntityType.ClrType.Name;
            var column = key.Properties.FirstOrDefault(p => p.Name != nameof(ITrustOwned.TrustId))?.Name ?? $"{principal}Id";
            var trustAt = key.Properties.Select(p => p.Name).ToList().IndexOf(nameof(ITrustOwned.TrustId));
            Assert.True(
                trustAt >= 0 && key.PrincipalKey.Properties[trustAt].Name == nameof(ITrustOwned.TrustId),
                $"{Describe(key)} can point into another trust. In {dependent}'s configuration write " +
                $"HasOne<{principal}>().WithMany().HasForeignKey(x => new {{ x.TrustId, x.{column} }}).HasPrincipalKey(p => new {{ p.TrustId, p.Id }}); " +
                $"if {principal} has no alternate key (TrustId, Id) yet, add builder.HasAlternateKey(p => new {{ p.TrustId, p.Id }}) to its configuration; " +
                "and create both in your hand-written migration (on SQLite by rebuilding the table, as 20261126000050_SameTrustReferences does).");
            checkedKeys.Add(Describe(key));
        }

        // Today's references to schools, so the test cannot pass by finding none.
        Assert.Contains("Inspection(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("SchoolAssignment(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("ImprovementAction(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("SchoolCategorisation(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("Board(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("BoardMember(TrustId, BoardId) → Board(TrustId, Id)", checkedKeys);
        Assert.Contains("BoardExtension(TrustId, BoardId) → Board(TrustId, Id)", checkedKeys);
        Assert.Contains("RecruitmentStep(TrustId, BoardId) → Board(TrustId, Id)", checkedKeys);
        Assert.Contains("ConcernCase(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("ConcernCaseEvent(TrustId, ConcernCaseId) → ConcernCase(TrustId, Id)", checkedKeys);
        Assert.Contains("ExternalSupportRequest(TrustId, ConcernCaseId) → ConcernCase(TrustId, Id)", checkedKeys);
        Assert.Contains("SpotlightVisit(TrustId, ProjectId) → SpotlightProject(TrustId, Id)", checkedKeys);
        Assert.Contains("DayAllocation(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("SleAssignment(TrustId, AllocationId) → DayAllocation(TrustId, Id)", checkedKeys);
        Assert.Contains("AdditionalDaysApproval(TrustId, AllocationId) → DayAllocation(TrustId, Id)", checkedKeys);
        Assert.Contains("DayLog(TrustId, AllocationId) → DayAllocation(TrustId, Id)", checkedKeys);
        Assert.Contains("DayLog(TrustId, SleAssignmentId) → SleAssignment(TrustId, Id)", checkedKeys);
        Assert.Contains("ImprovementVisit(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("HealthCheck(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("HealthCheckArea(TrustId, HealthCheckId) → HealthCheck(TrustId, Id)", checkedKeys);
        Assert.Contains("DueDiligenceArea(TrustId, AssessmentId) → DueDiligenceAssessment(TrustId, Id)", checkedKeys);
        Assert.Contains("DueDiligenceAssessment(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("IntegrationMeeting(TrustId, AssessmentId) → DueDiligenceAssessment(TrustId, Id)", checkedKeys);
        Assert.Contains("IntegrationMeeting(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("ReviewOccurrence(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
        Assert.Contains("CommitteePack(TrustId, MeetingId) → CommitteeMeeting(TrustId, Id)", checkedKeys);
        Assert.Contains("CommitteeDecision(TrustId, MeetingId) → CommitteeMeeting(TrustId, Id)", checkedKeys);
        Assert.Contains("CommitteeDecision(TrustId, PackId) → CommitteePack(TrustId, Id)", checkedKeys);
        Assert.Contains("CommitteeDecision(TrustId, SchoolId) → School(TrustId, Id)", checkedKeys);
    }

    [Fact]
    public void Every_reference_from_a_trust_owned_row_to_a_person_is_held_to_the_rows_trust()
    {
        var model = Model();
        foreach (var key in ReferencesFromTrustOwnedRows(model).Where(k => k.PrincipalEntityType.ClrType == typeof(PortalUser)))
        {
            var table = key.DeclaringEntityType.GetTableName();
            var column = key.Properties.Single().GetColumnName();
            Assert.True(
                key.FindAnnotation(TrustUserReferences.Annotation)?.Value is true,
                $"{Describe(key)} can point at a person of another trust. In {key.DeclaringEntityType.ClrType.Name}'s configuration end the " +
                "relationship with .WithinTrust() (Persistence/Configurations/TrustUserReferences.cs), and in your hand-written migration add " +
                $"the foreign key \"{TrustUserReferences.ConstraintName(table!, column)}\" (\"TrustId\", \"{column}\") → \"AspNetUsers\" (\"TrustId\", \"Id\"), " +
                "no delete rule (MigrationTests checks the migrated schema has exactly the marked ones).");
        }

        Assert.Equal(
            ["FK_Actions_AspNetUsers_TrustId_OwnerUserId", "FK_SchoolAssignments_AspNetUsers_TrustId_UserId"],
            TrustUserReferences.In(model).Select(r => r.Constraint).Where(c => c.StartsWith("FK_Actions_", StringComparison.Ordinal) || c.StartsWith("FK_SchoolAssignments_", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_parent_index_of_the_references_to_people_is_unique_on_TrustId_and_Id()
    {
        var users = Model().FindEntityType(typeof(PortalUser))!;
        var index = Assert.Single(users.GetIndexes(), i => i.GetDatabaseName() == TrustUserReferences.ParentIndex);
        Assert.True(index.IsUnique);
        Assert.Equal([nameof(PortalUser.TrustId), nameof(PortalUser.Id)], index.Properties.Select(p => p.Name));
    }
}
