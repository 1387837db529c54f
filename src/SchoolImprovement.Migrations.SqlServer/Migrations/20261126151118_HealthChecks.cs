using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HealthChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HealthChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Framework = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthChecks", x => x.Id);
                    table.UniqueConstraint("AK_HealthChecks_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_HealthChecks_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HealthChecks_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HealthChecks_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HealthCheckId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NotApplicable = table.Column<bool>(type: "bit", nullable: false),
                    Rag = table.Column<int>(type: "int", nullable: true),
                    Findings = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ActionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EvidenceOfImpact = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ImpactRecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ImpactRecordedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthCheckAreas_AspNetUsers_ImpactRecordedBy",
                        column: x => x.ImpactRecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HealthCheckAreas_HealthChecks_TrustId_HealthCheckId",
                        columns: x => new { x.TrustId, x.HealthCheckId },
                        principalTable: "HealthChecks",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HealthCheckAreas_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckAreas_ImpactRecordedBy",
                table: "HealthCheckAreas",
                column: "ImpactRecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckAreas_TrustId_HealthCheckId_Position",
                table: "HealthCheckAreas",
                columns: new[] { "TrustId", "HealthCheckId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthChecks_OneDraftPerSchool",
                table: "HealthChecks",
                columns: new[] { "TrustId", "SchoolId" },
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_HealthChecks_RecordedBy",
                table: "HealthChecks",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_HealthChecks_TrustId_SchoolId_Status_HeldOn",
                table: "HealthChecks",
                columns: new[] { "TrustId", "SchoolId", "Status", "HeldOn" });

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "HealthChecks", "RecordedBy");
            TrustUserReferences.Add(migrationBuilder, "HealthCheckAreas", "ImpactRecordedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthCheckAreas");

            migrationBuilder.DropTable(
                name: "HealthChecks");
        }
    }
}
