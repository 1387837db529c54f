using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_CalendarFeedTokens_AspNetUsers_TrustId_UserId",
                        columns: x => new { x.TrustId, x.UserId },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BoardKind = table.Column<int>(type: "INTEGER", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lead = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TeamMembers = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ReviewOccurrences_AspNetUsers_TrustId_RecordedBy",
                        columns: x => new { x.TrustId, x.RecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
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
