using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpotlightProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SpotlightProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OfficerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocalCommitteeMemberUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocalCommitteeMemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LastVisitOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotlightProjects", x => x.Id);
                    table.UniqueConstraint("AK_SpotlightProjects_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_AspNetUsers_LocalCommitteeMemberUserId",
                        column: x => x.LocalCommitteeMemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_AspNetUsers_OfficerUserId",
                        column: x => x.OfficerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_AspNetUsers_TrustId_LocalCommitteeMemberUserId",
                        columns: x => new { x.TrustId, x.LocalCommitteeMemberUserId },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_AspNetUsers_TrustId_OfficerUserId",
                        columns: x => new { x.TrustId, x.OfficerUserId },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpotlightProjects_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotlightVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotlightVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotlightVisits_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_SpotlightVisits_AspNetUsers_TrustId_RecordedBy",
                        columns: x => new { x.TrustId, x.RecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_SpotlightVisits_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.NoAction);
                    table.ForeignKey(
                        name: "FK_SpotlightVisits_SpotlightProjects_TrustId_ProjectId",
                        columns: x => new { x.TrustId, x.ProjectId },
                        principalTable: "SpotlightProjects",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SpotlightVisits_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightProjects_LocalCommitteeMemberUserId",
                table: "SpotlightProjects",
                column: "LocalCommitteeMemberUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightProjects_OfficerUserId",
                table: "SpotlightProjects",
                column: "OfficerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightProjects_OneOpenPerSchool",
                table: "SpotlightProjects",
                columns: new[] { "TrustId", "SchoolId" },
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightProjects_TrustId_Status",
                table: "SpotlightProjects",
                columns: new[] { "TrustId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightVisits_RecordedBy",
                table: "SpotlightVisits",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightVisits_TrustId_ProjectId_VisitedOn",
                table: "SpotlightVisits",
                columns: new[] { "TrustId", "ProjectId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotlightVisits_TrustId_SchoolId",
                table: "SpotlightVisits",
                columns: new[] { "TrustId", "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpotlightVisits");

            migrationBuilder.DropTable(
                name: "SpotlightProjects");
        }
    }
}
