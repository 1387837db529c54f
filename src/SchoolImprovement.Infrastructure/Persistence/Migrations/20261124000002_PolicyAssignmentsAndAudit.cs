using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>Trust policy profiles, per-school assignments and the audit trail.</summary>
/// <remarks>
/// Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md): no provider
/// column types, both providers' identity annotations on generated keys.
/// </remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261124000002_PolicyAssignmentsAndAudit")]
public sealed class PolicyAssignmentsAndAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 64, nullable: false),
                Action = table.Column<int>(nullable: false),
                Changes = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_AuditEntries_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PolicyProfiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                Labels = table.Column<string>(nullable: false),
                Categories = table.Column<string>(nullable: false),
                Concern = table.Column<string>(nullable: false),
                BoardTypes = table.Column<string>(nullable: false),
                Boards = table.Column<string>(nullable: false),
                Allocations = table.Column<string>(nullable: false),
                Cycles = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PolicyProfiles", x => x.Id);
                table.ForeignKey(
                    name: "FK_PolicyProfiles_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SchoolAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SchoolAssignments", x => x.Id);
                table.ForeignKey(
                    name: "FK_SchoolAssignments_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SchoolAssignments_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SchoolAssignments_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_TrustId_At",
            table: "AuditEntries",
            columns: new[] { "TrustId", "At" });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_TrustId_EntityType_EntityId",
            table: "AuditEntries",
            columns: new[] { "TrustId", "EntityType", "EntityId" });

        migrationBuilder.CreateIndex(
            name: "IX_PolicyProfiles_TrustId",
            table: "PolicyProfiles",
            column: "TrustId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SchoolAssignments_SchoolId",
            table: "SchoolAssignments",
            column: "SchoolId");

        migrationBuilder.CreateIndex(
            name: "IX_SchoolAssignments_TrustId_SchoolId_Kind",
            table: "SchoolAssignments",
            columns: new[] { "TrustId", "SchoolId", "Kind" });

        migrationBuilder.CreateIndex(
            name: "IX_SchoolAssignments_TrustId_UserId_SchoolId_Kind",
            table: "SchoolAssignments",
            columns: new[] { "TrustId", "UserId", "SchoolId", "Kind" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SchoolAssignments_UserId",
            table: "SchoolAssignments",
            column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SchoolAssignments");
        migrationBuilder.DropTable(name: "PolicyProfiles");
        migrationBuilder.DropTable(name: "AuditEntries");
    }
}
