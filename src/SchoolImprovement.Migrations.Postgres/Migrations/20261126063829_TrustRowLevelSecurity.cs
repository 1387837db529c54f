using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
{
    /// <summary>
    /// Row-level security on every trust-owned table (docs/decisions/0016-row-level-security.md): the
    /// second tenancy layer under the query filters. PostgreSQL only; the other sets have no such
    /// migration. The tables are named here, not read from today's model: a migration is history.
    /// A later migration that creates a trust-owned table calls <c>RowLevelSecurity.Enable</c> for it.
    /// </summary>
    public partial class TrustRowLevelSecurity : Migration
    {
        private static readonly string[] TrustOwnedTables =
        [
            "Actions", "AuditEntries", "Categorisations", "Inspections", "MfaExemptions",
            "PolicyProfiles", "RoleGrantRequests", "SchoolAssignments", "Schools", "StoredFiles",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Enable(migrationBuilder, TrustOwnedTables);
            RowLevelSecurity.AllowCrossTrustRead(migrationBuilder, "RoleGrantRequests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.DisallowCrossTrustRead(migrationBuilder, "RoleGrantRequests");
            RowLevelSecurity.Disable(migrationBuilder, TrustOwnedTables);
        }
    }
}
