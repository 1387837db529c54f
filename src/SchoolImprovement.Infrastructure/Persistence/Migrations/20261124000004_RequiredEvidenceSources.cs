using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// The evidence sources a trust requires of every categorisation proposal. Nullable: existing
/// profiles keep null, which the domain reads as all seven Vine §3 sources.
/// </summary>
/// <remarks>Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md).</remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261124000004_RequiredEvidenceSources")]
public sealed class RequiredEvidenceSources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "RequiredEvidence",
            table: "PolicyProfiles",
            nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RequiredEvidence", table: "PolicyProfiles");
    }
}
