using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Framework = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_HealthChecks_AspNetUsers_TrustId_RecordedBy",
                        columns: x => new { x.TrustId, x.RecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HealthCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rag = table.Column<int>(type: "INTEGER", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvidenceOfImpact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ImpactRecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImpactRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_HealthCheckAreas_AspNetUsers_TrustId_ImpactRecordedBy",
                        columns: x => new { x.TrustId, x.ImpactRecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
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
