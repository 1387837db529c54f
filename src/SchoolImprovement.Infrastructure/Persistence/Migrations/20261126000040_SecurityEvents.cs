using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// Security events (sign-in steps, lockouts, 429s, credential and session changes) for the logs and
/// the trust administrator's audit view. Not trust-owned: written before anyone is signed in, and
/// unknown accounts and platform administrators have no trust; reads filter by TrustId.
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000040_SecurityEvents")]
public sealed class SecurityEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SecurityEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                TrustId = table.Column<Guid>(nullable: true),
                UserId = table.Column<Guid>(nullable: true),
                ActorId = table.Column<Guid>(nullable: true),
                Kind = table.Column<string>(maxLength: 64, nullable: false),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
                ClientAddress = table.Column<string>(maxLength: 64, nullable: false),
                CorrelationId = table.Column<string>(maxLength: 64, nullable: false),
                Detail = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SecurityEvents", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_SecurityEvents_TrustId_At",
            table: "SecurityEvents",
            columns: new[] { "TrustId", "At" });

        migrationBuilder.CreateIndex(
            name: "IX_SecurityEvents_UserId",
            table: "SecurityEvents",
            column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SecurityEvents");
    }
}
