using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// Server-side sessions (one row per sign-in, checked on every request) and requests to grant a
/// role that controls the trust, which a second person approves (issue 7, items 5 and 6).
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000055_SessionsAndRoleGrants")]
public sealed class SessionsAndRoleGrants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UserSessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                LastSeenAt = table.Column<DateTime>(nullable: false),
                ClientAddress = table.Column<string>(maxLength: 64, nullable: false),
                UserAgent = table.Column<string>(maxLength: 256, nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                EndedReason = table.Column<string>(maxLength: 40, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UserSessions", x => x.Id);
                table.ForeignKey(
                    name: "FK_UserSessions_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_UserSessions_UserId_EndedAt",
            table: "UserSessions",
            columns: new[] { "UserId", "EndedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_UserSessions_TrustId_UserId",
            table: "UserSessions",
            columns: new[] { "TrustId", "UserId" });

        migrationBuilder.CreateTable(
            name: "RoleGrantRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 64, nullable: false),
                RequestedBy = table.Column<Guid>(nullable: false),
                RequestedAt = table.Column<DateTimeOffset>(nullable: false),
                DecidedBy = table.Column<Guid>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(nullable: true),
                Outcome = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleGrantRequests", x => x.Id);
                table.ForeignKey(
                    name: "FK_RoleGrantRequests_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                // The person is of the request's own trust (TrustUserReferences; after SameTrustReferences made the index it needs).
                table.ForeignKey(
                    name: "FK_RoleGrantRequests_AspNetUsers_TrustId_UserId",
                    columns: x => new { x.TrustId, x.UserId },
                    principalTable: "AspNetUsers",
                    principalColumns: ["TrustId", "Id"]);
                table.ForeignKey(
                    name: "FK_RoleGrantRequests_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_RoleGrantRequests_TrustId_Outcome",
            table: "RoleGrantRequests",
            columns: new[] { "TrustId", "Outcome" });

        migrationBuilder.CreateIndex(
            name: "IX_RoleGrantRequests_OnePendingPerRole",
            table: "RoleGrantRequests",
            columns: new[] { "TrustId", "UserId", "Role" },
            unique: true,
            filter: "\"Outcome\" = 0");

        migrationBuilder.CreateIndex(
            name: "IX_RoleGrantRequests_UserId",
            table: "RoleGrantRequests",
            column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RoleGrantRequests");
        migrationBuilder.DropTable(name: "UserSessions");
    }
}
