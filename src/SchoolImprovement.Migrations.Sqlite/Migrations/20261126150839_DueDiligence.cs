using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DueDiligence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DueDiligenceAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Urn = table.Column<int>(type: "INTEGER", nullable: true),
                    Headteacher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChairOfGovernors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeldAt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceGathered = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GeneralObservations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FurtherActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedCategory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDiligenceAssessments", x => x.Id);
                    table.UniqueConstraint("AK_DueDiligenceAssessments_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_AspNetUsers_CompletedByUserId",
                        column: x => x.CompletedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_AspNetUsers_StartedBy",
                        column: x => x.StartedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_AspNetUsers_TrustId_CompletedByUserId",
                        columns: x => new { x.TrustId, x.CompletedByUserId },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_AspNetUsers_TrustId_StartedBy",
                        columns: x => new { x.TrustId, x.StartedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DueDiligenceAssessments_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DueDiligenceAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Strand = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
                    Rag = table.Column<int>(type: "INTEGER", nullable: true),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDiligenceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DueDiligenceAreas_DueDiligenceAssessments_TrustId_AssessmentId",
                        columns: x => new { x.TrustId, x.AssessmentId },
                        principalTable: "DueDiligenceAssessments",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DueDiligenceAreas_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntegrationMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrationMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrationMeetings_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_IntegrationMeetings_AspNetUsers_TrustId_RecordedBy",
                        columns: x => new { x.TrustId, x.RecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_IntegrationMeetings_DueDiligenceAssessments_TrustId_AssessmentId",
                        columns: x => new { x.TrustId, x.AssessmentId },
                        principalTable: "DueDiligenceAssessments",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_IntegrationMeetings_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IntegrationMeetings_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceAreas_TrustId_AssessmentId_Area",
                table: "DueDiligenceAreas",
                columns: new[] { "TrustId", "AssessmentId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceAssessments_CompletedByUserId",
                table: "DueDiligenceAssessments",
                column: "CompletedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceAssessments_StartedBy",
                table: "DueDiligenceAssessments",
                column: "StartedBy");

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceAssessments_TrustId_SchoolId",
                table: "DueDiligenceAssessments",
                columns: new[] { "TrustId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceAssessments_TrustId_Status",
                table: "DueDiligenceAssessments",
                columns: new[] { "TrustId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationMeetings_RecordedBy",
                table: "IntegrationMeetings",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationMeetings_TrustId_AssessmentId",
                table: "IntegrationMeetings",
                columns: new[] { "TrustId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrationMeetings_TrustId_SchoolId_HeldOn",
                table: "IntegrationMeetings",
                columns: new[] { "TrustId", "SchoolId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DueDiligenceAreas");

            migrationBuilder.DropTable(
                name: "IntegrationMeetings");

            migrationBuilder.DropTable(
                name: "DueDiligenceAssessments");
        }
    }
}
