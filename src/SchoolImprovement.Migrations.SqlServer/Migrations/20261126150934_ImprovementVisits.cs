using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImprovementVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImprovementVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OfficerUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Mode = table.Column<int>(type: "int", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    FocusAreas = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Strengths = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Days = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: true),
                    AgreedActions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<int>(type: "int", nullable: true),
                    ResponseComment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RespondedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementVisits", x => x.Id);
                    table.UniqueConstraint("AK_ImprovementVisits_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_ImprovementVisits_AspNetUsers_OfficerUserId",
                        column: x => x.OfficerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementVisits_AspNetUsers_RespondedBy",
                        column: x => x.RespondedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImprovementVisits_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImprovementVisits_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementVisits_OfficerUserId",
                table: "ImprovementVisits",
                column: "OfficerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementVisits_RespondedBy",
                table: "ImprovementVisits",
                column: "RespondedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementVisits_TrustId_OfficerUserId_VisitedOn",
                table: "ImprovementVisits",
                columns: new[] { "TrustId", "OfficerUserId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementVisits_TrustId_SchoolId_VisitedOn",
                table: "ImprovementVisits",
                columns: new[] { "TrustId", "SchoolId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementVisits_TrustId_Status_Response",
                table: "ImprovementVisits",
                columns: new[] { "TrustId", "Status", "Response" });

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "ImprovementVisits", "OfficerUserId");
            TrustUserReferences.Add(migrationBuilder, "ImprovementVisits", "RespondedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImprovementVisits");
        }
    }
}
