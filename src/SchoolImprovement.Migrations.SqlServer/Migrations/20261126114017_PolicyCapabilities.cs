using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PolicyCapabilities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "BoardTypes",
                table: "PolicyProfiles",
                newName: "BoardKinds");

            // Board types were free text; they become the kinds of board the portal knows (RAB 1, ILTC 2, trust improvement board 3).
            migrationBuilder.Sql(PolicyCapabilitiesSql.BoardTypesToKinds);

            migrationBuilder.AlterColumn<string>(
                name: "Allocations",
                table: "PolicyProfiles",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)");

            migrationBuilder.AddColumn<string>(
                name: "Capabilities",
                table: "PolicyProfiles",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Capabilities",
                table: "PolicyProfiles");

            migrationBuilder.RenameColumn(
                name: "BoardKinds",
                table: "PolicyProfiles",
                newName: "BoardTypes");

            migrationBuilder.Sql(PolicyCapabilitiesSql.BoardKindsToTypes);

            migrationBuilder.AlterColumn<string>(
                name: "Allocations",
                table: "PolicyProfiles",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);
        }
    }
}
