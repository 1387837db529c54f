using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// Failed sign-ins per account and client address, for the lockout that cannot be turned on the
/// owner (ADR 0011). Not trust-owned: read before anyone is signed in.
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000001_SignInSources")]
public sealed class SignInSources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SignInSources",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AccountKey = table.Column<string>(maxLength: 64, nullable: false),
                ClientAddress = table.Column<string>(maxLength: 64, nullable: false),
                Failures = table.Column<int>(nullable: false),
                Lockouts = table.Column<int>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                LastFailureAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SignInSources", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_SignInSources_AccountKey_ClientAddress",
            table: "SignInSources",
            columns: new[] { "AccountKey", "ClientAddress" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SignInSources_LastFailureAt",
            table: "SignInSources",
            column: "LastFailureAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SignInSources");
    }
}
