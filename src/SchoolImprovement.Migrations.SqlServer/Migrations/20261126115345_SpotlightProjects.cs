using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Origin = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    OfficerUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LocalCommitteeMemberUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LocalCommitteeMemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    LastVisitOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Strengths = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    NextSteps = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "SpotlightProjects", "OfficerUserId");
            TrustUserReferences.Add(migrationBuilder, "SpotlightProjects", "LocalCommitteeMemberUserId");
            TrustUserReferences.Add(migrationBuilder, "SpotlightVisits", "RecordedBy");
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
