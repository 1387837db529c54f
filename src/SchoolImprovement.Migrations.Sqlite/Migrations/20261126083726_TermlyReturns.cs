using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            // SQLite cannot add a unique constraint to a table, and EF's own rebuild of StoredFiles would drop the
            // same-trust reference to the uploader (which the model cannot express): rebuild it by hand, keeping it.
            // Nothing references StoredFiles yet, so dropping the old table is safe with foreign keys on.
            migrationBuilder.CreateTable(
                name: "ef_temp_StoredFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 127, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                    table.UniqueConstraint("AK_StoredFiles_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_StoredFiles_AspNetUsers_UploadedBy",
                        column: x => x.UploadedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_StoredFiles_AspNetUsers_TrustId_UploadedBy",
                        columns: x => new { x.TrustId, x.UploadedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_StoredFiles_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.Sql(
                "INSERT INTO \"ef_temp_StoredFiles\" (\"Id\", \"TrustId\", \"OriginalName\", \"ContentType\", \"Size\", \"Sha256\", \"StorageKey\", \"UploadedBy\", \"UploadedAt\") " +
                "SELECT \"Id\", \"TrustId\", \"OriginalName\", \"ContentType\", \"Size\", \"Sha256\", \"StorageKey\", \"UploadedBy\", \"UploadedAt\" FROM \"StoredFiles\";");
            migrationBuilder.DropTable(name: "StoredFiles");
            migrationBuilder.RenameTable(name: "ef_temp_StoredFiles", newName: "StoredFiles");
            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_TrustId_StorageKey",
                table: "StoredFiles",
                columns: new[] { "TrustId", "StorageKey" },
                unique: true);
            migrationBuilder.CreateIndex(
                name: "IX_StoredFiles_UploadedBy",
                table: "StoredFiles",
                column: "UploadedBy");

            migrationBuilder.CreateTable(
                name: "ReturnVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Document = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Term = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Review = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Moderation = table.Column<int>(type: "INTEGER", nullable: true),
                    ModerationNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ModeratedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    // Same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_TrustId_ModeratedBy",
                        columns: x => new { x.TrustId, x.ModeratedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_TrustId_ReviewedBy",
                        columns: x => new { x.TrustId, x.ReviewedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ReturnVersions_AspNetUsers_TrustId_UploadedBy",
                        columns: x => new { x.TrustId, x.UploadedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReturnVersions");

            // The unique constraint on StoredFiles (TrustId, Id) stays: harmless, and removing it on SQLite is another rebuild.
            migrationBuilder.DropColumn(
                name: "ReturnRequirements",
                table: "PolicyProfiles");
        }
    }
}
