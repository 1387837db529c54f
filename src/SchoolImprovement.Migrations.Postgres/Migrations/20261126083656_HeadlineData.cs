using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HeadlineData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HeadlineValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TermNumber = table.Column<int>(type: "integer", nullable: false),
                    MeasureKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ValidatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadlineValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadlineValues_AspNetUsers_EnteredBy",
                        column: x => x.EnteredBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadlineValues_AspNetUsers_ValidatedBy",
                        column: x => x.ValidatedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadlineValues_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeadlineValues_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NationalComparators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    MeasureKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalComparators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NationalComparators_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_EnteredBy",
                table: "HeadlineValues",
                column: "EnteredBy");

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_TrustId_SchoolId_Year_TermNumber_MeasureKey_~",
                table: "HeadlineValues",
                columns: new[] { "TrustId", "SchoolId", "Year", "TermNumber", "MeasureKey", "Group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_TrustId_Year_MeasureKey",
                table: "HeadlineValues",
                columns: new[] { "TrustId", "Year", "MeasureKey" });

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_ValidatedBy",
                table: "HeadlineValues",
                column: "ValidatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_NationalComparators_OneForAllPhases",
                table: "NationalComparators",
                columns: new[] { "TrustId", "Year", "MeasureKey", "Group" },
                unique: true,
                filter: "\"Phase\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NationalComparators_OnePerPhase",
                table: "NationalComparators",
                columns: new[] { "TrustId", "Year", "MeasureKey", "Group", "Phase" },
                unique: true,
                filter: "\"Phase\" IS NOT NULL");

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "HeadlineValues", "EnteredBy");
            TrustUserReferences.Add(migrationBuilder, "HeadlineValues", "ValidatedBy");

            RowLevelSecurity.Enable(migrationBuilder, "HeadlineValues", "NationalComparators");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "HeadlineValues", "NationalComparators");

            migrationBuilder.DropTable(
                name: "HeadlineValues");

            migrationBuilder.DropTable(
                name: "NationalComparators");
        }
    }
}
