using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TermlyReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReturnRequirements",
                table: "PolicyProfiles",
                type: "text",
                nullable: true);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_StoredFiles_TrustId_Id",
                table: "StoredFiles",
                columns: new[] { "TrustId", "Id" });

            migrationBuilder.CreateTable(
                name: "ReturnVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Review = table.Column<int>(type: "integer", nullable: true),
                    ReviewComments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Moderation = table.Column<int>(type: "integer", nullable: true),
                    ModerationNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ModeratedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_ModeratedBy",
                        column: x => x.ModeratedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_ReviewedBy",
                        column: x => x.ReviewedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_UploadedBy",
                        column: x => x.UploadedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_StoredFiles_TrustId_FileId",
                        columns: x => new { x.TrustId, x.FileId },
                        principalTable: "StoredFiles",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReturnVersions_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_ModeratedBy",
                table: "ReturnVersions",
                column: "ModeratedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_ReviewedBy",
                table: "ReturnVersions",
                column: "ReviewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_TrustId_FileId",
                table: "ReturnVersions",
                columns: new[] { "TrustId", "FileId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_TrustId_SchoolId_Document_Year_Term_Number",
                table: "ReturnVersions",
                columns: new[] { "TrustId", "SchoolId", "Document", "Year", "Term", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_TrustId_Year_Term",
                table: "ReturnVersions",
                columns: new[] { "TrustId", "Year", "Term" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVersions_UploadedBy",
                table: "ReturnVersions",
                column: "UploadedBy");

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "ReturnVersions", "UploadedBy");
            TrustUserReferences.Add(migrationBuilder, "ReturnVersions", "ReviewedBy");
            TrustUserReferences.Add(migrationBuilder, "ReturnVersions", "ModeratedBy");
            RowLevelSecurity.Enable(migrationBuilder, "ReturnVersions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "ReturnVersions");
            migrationBuilder.DropTable(
                name: "ReturnVersions");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_StoredFiles_TrustId_Id",
                table: "StoredFiles");

            migrationBuilder.DropColumn(
                name: "ReturnRequirements",
                table: "PolicyProfiles");
        }
    }
}
