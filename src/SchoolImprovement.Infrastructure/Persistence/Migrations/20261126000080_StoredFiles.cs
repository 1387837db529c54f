using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// The register of uploaded files (issue 8, item 5; used by the returns issue): one trust-owned row
/// per file kept in the file store, its uploader held to the row's own trust (TrustUserReferences).
/// </summary>
/// <remarks>
/// Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md) while the
/// generated per-provider sets are being made: to be ported onto them at merge.
/// </remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000080_StoredFiles")]
public sealed class StoredFiles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StoredFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                OriginalName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 127, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                StorageKey = table.Column<string>(maxLength: 200, nullable: false),
                UploadedBy = table.Column<Guid>(nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StoredFiles", x => x.Id);
                table.ForeignKey(
                    name: "FK_StoredFiles_AspNetUsers_UploadedBy",
                    column: x => x.UploadedBy,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                // The uploader is of the file's own trust (TrustUserReferences).
                table.ForeignKey(
                    name: "FK_StoredFiles_AspNetUsers_TrustId_UploadedBy",
                    columns: x => new { x.TrustId, x.UploadedBy },
                    principalTable: "AspNetUsers",
                    principalColumns: ["TrustId", "Id"]);
                table.ForeignKey(
                    name: "FK_StoredFiles_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_StoredFiles_TrustId_StorageKey",
            table: "StoredFiles",
            columns: ["TrustId", "StorageKey"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_StoredFiles_UploadedBy",
            table: "StoredFiles",
            column: "UploadedBy");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "StoredFiles");
    }
}
