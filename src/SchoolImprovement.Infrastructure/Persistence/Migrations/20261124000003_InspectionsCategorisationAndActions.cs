using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>Inspections, categorisations and the action tracker; schools can be closed.</summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261124000003_InspectionsCategorisationAndActions")]
public sealed class InspectionsCategorisationAndActions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(
            name: "ClosedOn",
            table: "Schools",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "Actions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 1000, nullable: false),
                Source = table.Column<int>(nullable: false),
                SourceId = table.Column<Guid>(nullable: true),
                OwnerRole = table.Column<string>(maxLength: 100, nullable: true),
                OwnerUserId = table.Column<Guid>(nullable: true),
                DueOn = table.Column<DateOnly>(nullable: false),
                Status = table.Column<int>(nullable: false),
                DroppedReason = table.Column<string>(maxLength: 2000, nullable: true),
                EvidenceOfImpact = table.Column<string>(maxLength: 4000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Actions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Actions_AspNetUsers_OwnerUserId",
                    column: x => x.OwnerUserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Actions_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Actions_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Categorisations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 100, nullable: false),
                Rationale = table.Column<string>(maxLength: 4000, nullable: false),
                Evidence = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                ProposedBy = table.Column<Guid>(nullable: false),
                ProposedAt = table.Column<DateTimeOffset>(nullable: false),
                DecidedBy = table.Column<Guid>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                ReturnReason = table.Column<string>(maxLength: 2000, nullable: true),
                PlannedActions = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Categorisations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Categorisations_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Categorisations_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Inspections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                SchoolId = table.Column<Guid>(nullable: false),
                Framework = table.Column<int>(nullable: false),
                InspectedOn = table.Column<DateOnly>(nullable: false),
                Grades = table.Column<string>(nullable: false),
                SafeguardingMet = table.Column<bool>(nullable: true),
                Siams = table.Column<int>(nullable: true),
                Notes = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Inspections", x => x.Id);
                table.ForeignKey(
                    name: "FK_Inspections_Schools_SchoolId",
                    column: x => x.SchoolId,
                    principalTable: "Schools",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Inspections_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Actions_OwnerUserId",
            table: "Actions",
            column: "OwnerUserId");

        migrationBuilder.CreateIndex(
            name: "IX_Actions_SchoolId",
            table: "Actions",
            column: "SchoolId");

        migrationBuilder.CreateIndex(
            name: "IX_Actions_TrustId_SchoolId",
            table: "Actions",
            columns: new[] { "TrustId", "SchoolId" });

        migrationBuilder.CreateIndex(
            name: "IX_Actions_TrustId_Status_DueOn",
            table: "Actions",
            columns: new[] { "TrustId", "Status", "DueOn" });

        migrationBuilder.CreateIndex(
            name: "IX_Categorisations_SchoolId",
            table: "Categorisations",
            column: "SchoolId");

        migrationBuilder.CreateIndex(
            name: "IX_Categorisations_OnePendingProposalPerSchool",
            table: "Categorisations",
            columns: new[] { "TrustId", "SchoolId" },
            unique: true,
            filter: "\"Status\" = 1");

        migrationBuilder.CreateIndex(
            name: "IX_Categorisations_TrustId_SchoolId_Status",
            table: "Categorisations",
            columns: new[] { "TrustId", "SchoolId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_SchoolId",
            table: "Inspections",
            column: "SchoolId");

        migrationBuilder.CreateIndex(
            name: "IX_Inspections_TrustId_SchoolId_Framework_InspectedOn",
            table: "Inspections",
            columns: new[] { "TrustId", "SchoolId", "Framework", "InspectedOn" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Inspections");
        migrationBuilder.DropTable(name: "Categorisations");
        migrationBuilder.DropTable(name: "Actions");
        migrationBuilder.DropColumn(name: "ClosedOn", table: "Schools");
    }
}
