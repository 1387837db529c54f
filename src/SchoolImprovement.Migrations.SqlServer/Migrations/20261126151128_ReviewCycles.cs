using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarFeedTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeedTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeedTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeedTokens_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewOccurrences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BoardKind = table.Column<int>(type: "int", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Lead = table.Column<int>(type: "int", nullable: true),
                    LeadName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TeamMembers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewOccurrences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewOccurrences_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewOccurrences_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewOccurrences_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeedTokens_TrustId_TokenHash",
                table: "CalendarFeedTokens",
                columns: new[] { "TrustId", "TokenHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeedTokens_TrustId_UserId",
                table: "CalendarFeedTokens",
                columns: new[] { "TrustId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeedTokens_UserId",
                table: "CalendarFeedTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOccurrences_RecordedBy",
                table: "ReviewOccurrences",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOccurrences_TrustId_HeldOn",
                table: "ReviewOccurrences",
                columns: new[] { "TrustId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOccurrences_TrustId_Kind_SchoolId_HeldOn",
                table: "ReviewOccurrences",
                columns: new[] { "TrustId", "Kind", "SchoolId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOccurrences_TrustId_SchoolId",
                table: "ReviewOccurrences",
                columns: new[] { "TrustId", "SchoolId" });

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "ReviewOccurrences", "RecordedBy");
            TrustUserReferences.Add(migrationBuilder, "CalendarFeedTokens", "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeedTokens");

            migrationBuilder.DropTable(
                name: "ReviewOccurrences");
        }
    }
}
