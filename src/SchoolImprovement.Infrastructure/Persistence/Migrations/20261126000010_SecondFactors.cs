using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// Second factors (issue 7, item 3): the time step of the last authenticator code accepted from
/// each person (no code is accepted twice), and the roles a trust administrator exempted from the
/// authenticator app. Existing authenticator keys and recovery codes in AspNetUserTokens need no
/// data migration: <see cref="Identity.PortalUserStore"/> encrypts a plain key at its first read
/// and hashes plain recovery codes at the first one used.
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000010_SecondFactors")]
public sealed class SecondFactors : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(
            name: "LastAuthenticatorStep",
            table: "AspNetUsers",
            nullable: true);

        migrationBuilder.CreateTable(
            name: "MfaExemptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TrustId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 256, nullable: false),
                ExemptedBy = table.Column<Guid>(nullable: false),
                ExemptedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MfaExemptions", x => x.Id);
                table.ForeignKey(
                    name: "FK_MfaExemptions_Trusts_TrustId",
                    column: x => x.TrustId,
                    principalTable: "Trusts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_MfaExemptions_TrustId_Role",
            table: "MfaExemptions",
            columns: new[] { "TrustId", "Role" },
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "MfaExemptions");
        migrationBuilder.DropColumn(name: "LastAuthenticatorStep", table: "AspNetUsers");
    }
}
