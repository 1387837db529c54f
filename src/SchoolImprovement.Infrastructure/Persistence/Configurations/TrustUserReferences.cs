using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Identity;

namespace SchoolImprovement.Infrastructure.Persistence.Configurations;

/// <summary>
/// References from trust-owned rows to people, held by the database to the row's own trust: besides
/// the model's foreign key on the person's id, each has a composite foreign key
/// (TrustId, person id) → AspNetUsers (TrustId, Id), so a row can never name a person of another
/// trust (or a platform administrator), even if a handler's check is missed.
/// </summary>
/// <remarks>
/// EF Core cannot model that composite key: its principal would be an alternate key on
/// AspNetUsers (TrustId, Id), and keys cannot hold a null (platform administrators have no trust).
/// So the model declares the parent unique index (<see cref="ParentIndex"/>) and marks the
/// reference with <see cref="WithinTrust{TDependent}"/>. The generated migration that adds the
/// reference gets one line by hand to create the constraint (<see cref="ConstraintName"/>, ON DELETE
/// NO ACTION: the model's own key on the person's id keeps its cascade or set-null): on PostgreSQL and
/// SQL Server <see cref="Add"/> after the parent index exists; on SQLite, which cannot add a constraint
/// to a table, <c>table.ForeignKey(...)</c> in the table's CreateTable (or its rebuild). The migration
/// test checks that the migrated schema is EnsureCreated's plus exactly these constraints, and the
/// tenancy model test that every reference from a trust-owned row to a person is marked.
/// </remarks>
public static class TrustUserReferences
{
    /// <summary>The annotation on a foreign key from a trust-owned type to <see cref="PortalUser"/>.</summary>
    public const string Annotation = "SchoolImprovement:WithinTrust";

    /// <summary>The unique index on AspNetUsers (TrustId, Id) that the composite keys reference.</summary>
    public const string ParentIndex = "IX_AspNetUsers_TrustId_Id";

    /// <summary>Marks a reference to a person as held to the dependent row's trust (see the class remarks).</summary>
    public static ReferenceCollectionBuilder<PortalUser, TDependent> WithinTrust<TDependent>(this ReferenceCollectionBuilder<PortalUser, TDependent> reference)
        where TDependent : class
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.HasAnnotation(Annotation, true);
    }

    /// <summary>PostgreSQL keeps the first 63 characters of an identifier (and drops the rest without a word); the other providers allow more.</summary>
    public const int LongestName = 63;

    /// <summary>
    /// The name of the composite constraint for a reference from <paramref name="table"/>.<paramref name="column"/>, cut to
    /// <see cref="LongestName"/> characters as PostgreSQL would cut it, so that every provider and the schema tests agree on it
    /// (FK_SpotlightProjects_AspNetUsers_TrustId_LocalCommitteeMemberUserId is 67 characters).
    /// </summary>
    public static string ConstraintName(string table, string column)
    {
        var name = $"FK_{table}_AspNetUsers_TrustId_{column}";
        return name.Length <= LongestName ? name : name[..LongestName];
    }

    /// <summary>Creates the composite constraint for <paramref name="table"/>.<paramref name="column"/> (PostgreSQL, SQL Server; after <see cref="ParentIndex"/> exists).</summary>
    public static void Add(MigrationBuilder migrationBuilder, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddForeignKey(
            name: ConstraintName(table, column),
            table: table,
            columns: ["TrustId", column],
            principalTable: "AspNetUsers",
            principalColumns: ["TrustId", "Id"],
            onDelete: ReferentialAction.NoAction);
    }

    /// <summary>The marked references of a model (use the design-time model, which keeps every annotation).</summary>
    public static IReadOnlyList<(string Table, string Column, string Constraint)> In(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.GetEntityTypes()
            .SelectMany(t => t.GetDeclaredForeignKeys())
            .Where(fk => fk.FindAnnotation(Annotation)?.Value is true)
            .Select(fk =>
            {
                var table = fk.DeclaringEntityType.GetTableName()!;
                var column = fk.Properties.Single().GetColumnName();
                return (table, column, ConstraintName(table, column));
            })
            .OrderBy(r => r.Item3, StringComparer.Ordinal)];
    }
}
