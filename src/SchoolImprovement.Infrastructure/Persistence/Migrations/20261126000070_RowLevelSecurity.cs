using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// The second tenancy layer (ADR 0016): row-level security, forced, on every trust-owned table, and
/// the read-only cross-trust policy on the one table platform administration reads across trusts.
/// PostgreSQL only; nothing on SQLite. The SQL is <see cref="Persistence.RowLevelSecurity"/>'s.
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000070_RowLevelSecurity")]
public sealed class RowLevelSecurity : Migration
{
    /// <summary>The trust-owned tables when this migration was written (a later table enables its own).</summary>
    internal static readonly string[] Tables =
        ["Actions", "AuditEntries", "Categorisations", "Inspections", "MfaExemptions", "PolicyProfiles", "RoleGrantRequests", "SchoolAssignments", "Schools"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        Persistence.RowLevelSecurity.Enable(migrationBuilder, Tables);
        Persistence.RowLevelSecurity.AllowCrossTrustRead(migrationBuilder, "RoleGrantRequests");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        Persistence.RowLevelSecurity.DisallowCrossTrustRead(migrationBuilder, "RoleGrantRequests");
        Persistence.RowLevelSecurity.Disable(migrationBuilder, Tables);
    }
}
