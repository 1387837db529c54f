using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HeadlineValuesTrustWideIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HeadlineValues_TrustId_Year_MeasureKey",
                table: "HeadlineValues");

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_TrustId_Group_Year_SchoolId_TermNumber_MeasureKey_Value",
                table: "HeadlineValues",
                columns: new[] { "TrustId", "Group", "Year", "SchoolId", "TermNumber", "MeasureKey", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HeadlineValues_TrustId_Group_Year_SchoolId_TermNumber_MeasureKey_Value",
                table: "HeadlineValues");

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineValues_TrustId_Year_MeasureKey",
                table: "HeadlineValues",
                columns: new[] { "TrustId", "Year", "MeasureKey" });
        }
    }
}
