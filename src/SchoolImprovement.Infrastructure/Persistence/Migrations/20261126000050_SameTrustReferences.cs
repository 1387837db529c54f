using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SchoolImprovement.Infrastructure.Persistence.Migrations;

/// <summary>
/// Defence in depth for references (issue 7, item 9): a trust-owned row's reference to a school or
/// a person includes its TrustId, so the database refuses a row that points into another trust.
/// Schools get the alternate key (TrustId, Id) and the school references become composite keys;
/// people get the unique index (TrustId, Id) and a composite key beside the model's key on the
/// person's id (see <c>Configurations/TrustUserReferences</c>). Existing rows are kept; a row that
/// already points into another trust stops the upgrade (on both providers) rather than being guessed at.
/// </summary>
/// <remarks>
/// Hand-written for both providers (docs/decisions/0001-hand-written-migrations.md). SQLite cannot
/// alter constraints, and EF's SQLite table rebuild needs a target model these migrations do not
/// carry, so on SQLite the five tables are rebuilt here: foreign keys off (outside the transaction,
/// as EF's own rebuild does), new table, copy, drop, rename, indexes, a foreign-key check that fails
/// the transaction on any violation, foreign keys on.
/// </remarks>
[DbContext(typeof(PortalDbContext))]
[Migration("20261126000050_SameTrustReferences")]
public sealed class SameTrustReferences : Migration
{
    private sealed record Table(string Name, string Columns, string[] Constraints, string[] OldConstraints, string[] Indexes, string[] OldIndexes);

    private const string SchoolsRestrict = "CONSTRAINT \"FK_{0}_Trusts_TrustId\" FOREIGN KEY (\"TrustId\") REFERENCES \"Trusts\" (\"Id\") ON DELETE RESTRICT";
    private const string SchoolCascade = "CONSTRAINT \"FK_{0}_Schools_TrustId_SchoolId\" FOREIGN KEY (\"TrustId\", \"SchoolId\") REFERENCES \"Schools\" (\"TrustId\", \"Id\") ON DELETE CASCADE";
    private const string OldSchoolCascade = "CONSTRAINT \"FK_{0}_Schools_SchoolId\" FOREIGN KEY (\"SchoolId\") REFERENCES \"Schools\" (\"Id\") ON DELETE CASCADE";

    // In the order the model creates them (EnsureCreated), so SQLite's automatic index names match.
    private static readonly Table[] Tables =
    [
        new("Schools",
            """
            "Id" TEXT NOT NULL CONSTRAINT "PK_Schools" PRIMARY KEY,
            "TrustId" TEXT NOT NULL,
            "Version" TEXT NOT NULL,
            "Urn" INTEGER NOT NULL,
            "Name" TEXT NOT NULL,
            "Phase" TEXT NOT NULL,
            "EstablishmentType" TEXT NOT NULL,
            "LocalAuthority" TEXT NOT NULL,
            "ChurchDesignation" TEXT NULL,
            "Diocese" TEXT NULL,
            "Pupils" INTEGER NULL,
            "DateJoined" TEXT NOT NULL,
            "ClosedOn" TEXT NULL
            """,
            ["CONSTRAINT \"AK_Schools_TrustId_Id\" UNIQUE (\"TrustId\", \"Id\")", SchoolsRestrict],
            [SchoolsRestrict],
            ["CREATE UNIQUE INDEX \"IX_Schools_TrustId_Urn\" ON \"Schools\" (\"TrustId\", \"Urn\");"],
            ["CREATE UNIQUE INDEX \"IX_Schools_TrustId_Urn\" ON \"Schools\" (\"TrustId\", \"Urn\");"]),
        new("Actions",
            """
            "Id" TEXT NOT NULL CONSTRAINT "PK_Actions" PRIMARY KEY,
            "TrustId" TEXT NOT NULL,
            "Version" TEXT NOT NULL,
            "SchoolId" TEXT NOT NULL,
            "Title" TEXT NOT NULL,
            "Source" INTEGER NOT NULL,
            "SourceId" TEXT NULL,
            "OwnerRole" TEXT NULL,
            "OwnerUserId" TEXT NULL,
            "DueOn" TEXT NOT NULL,
            "Status" INTEGER NOT NULL,
            "DroppedReason" TEXT NULL,
            "EvidenceOfImpact" TEXT NULL,
            "CreatedAt" TEXT NOT NULL
            """,
            [
                "CONSTRAINT \"FK_Actions_AspNetUsers_OwnerUserId\" FOREIGN KEY (\"OwnerUserId\") REFERENCES \"AspNetUsers\" (\"Id\") ON DELETE SET NULL",
                "CONSTRAINT \"FK_Actions_AspNetUsers_TrustId_OwnerUserId\" FOREIGN KEY (\"TrustId\", \"OwnerUserId\") REFERENCES \"AspNetUsers\" (\"TrustId\", \"Id\")",
                SchoolCascade, SchoolsRestrict,
            ],
            [
                "CONSTRAINT \"FK_Actions_AspNetUsers_OwnerUserId\" FOREIGN KEY (\"OwnerUserId\") REFERENCES \"AspNetUsers\" (\"Id\") ON DELETE SET NULL",
                OldSchoolCascade, SchoolsRestrict,
            ],
            [
                "CREATE INDEX \"IX_Actions_OwnerUserId\" ON \"Actions\" (\"OwnerUserId\");",
                "CREATE INDEX \"IX_Actions_TrustId_SchoolId\" ON \"Actions\" (\"TrustId\", \"SchoolId\");",
                "CREATE INDEX \"IX_Actions_TrustId_Status_DueOn\" ON \"Actions\" (\"TrustId\", \"Status\", \"DueOn\");",
            ],
            [
                "CREATE INDEX \"IX_Actions_OwnerUserId\" ON \"Actions\" (\"OwnerUserId\");",
                "CREATE INDEX \"IX_Actions_SchoolId\" ON \"Actions\" (\"SchoolId\");",
                "CREATE INDEX \"IX_Actions_TrustId_SchoolId\" ON \"Actions\" (\"TrustId\", \"SchoolId\");",
                "CREATE INDEX \"IX_Actions_TrustId_Status_DueOn\" ON \"Actions\" (\"TrustId\", \"Status\", \"DueOn\");",
            ]),
        new("Categorisations",
            """
            "Id" TEXT NOT NULL CONSTRAINT "PK_Categorisations" PRIMARY KEY,
            "TrustId" TEXT NOT NULL,
            "Version" TEXT NOT NULL,
            "SchoolId" TEXT NOT NULL,
            "Category" TEXT NOT NULL,
            "Rationale" TEXT NOT NULL,
            "Evidence" TEXT NOT NULL,
            "Status" INTEGER NOT NULL,
            "ProposedBy" TEXT NOT NULL,
            "ProposedAt" TEXT NOT NULL,
            "DecidedBy" TEXT NULL,
            "DecidedAt" TEXT NULL,
            "ReturnReason" TEXT NULL,
            "PlannedActions" TEXT NULL
            """,
            [SchoolCascade, SchoolsRestrict],
            [OldSchoolCascade, SchoolsRestrict],
            [
                "CREATE UNIQUE INDEX \"IX_Categorisations_OnePendingProposalPerSchool\" ON \"Categorisations\" (\"TrustId\", \"SchoolId\") WHERE \"Status\" = 1;",
                "CREATE INDEX \"IX_Categorisations_TrustId_SchoolId_Status\" ON \"Categorisations\" (\"TrustId\", \"SchoolId\", \"Status\");",
            ],
            [
                "CREATE UNIQUE INDEX \"IX_Categorisations_OnePendingProposalPerSchool\" ON \"Categorisations\" (\"TrustId\", \"SchoolId\") WHERE \"Status\" = 1;",
                "CREATE INDEX \"IX_Categorisations_SchoolId\" ON \"Categorisations\" (\"SchoolId\");",
                "CREATE INDEX \"IX_Categorisations_TrustId_SchoolId_Status\" ON \"Categorisations\" (\"TrustId\", \"SchoolId\", \"Status\");",
            ]),
        new("Inspections",
            """
            "Id" TEXT NOT NULL CONSTRAINT "PK_Inspections" PRIMARY KEY,
            "TrustId" TEXT NOT NULL,
            "SchoolId" TEXT NOT NULL,
            "Framework" INTEGER NOT NULL,
            "InspectedOn" TEXT NOT NULL,
            "Grades" TEXT NOT NULL,
            "SafeguardingMet" INTEGER NULL,
            "Siams" INTEGER NULL,
            "Notes" TEXT NOT NULL
            """,
            [SchoolCascade, SchoolsRestrict],
            [OldSchoolCascade, SchoolsRestrict],
            ["CREATE INDEX \"IX_Inspections_TrustId_SchoolId_Framework_InspectedOn\" ON \"Inspections\" (\"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\");"],
            [
                "CREATE INDEX \"IX_Inspections_SchoolId\" ON \"Inspections\" (\"SchoolId\");",
                "CREATE INDEX \"IX_Inspections_TrustId_SchoolId_Framework_InspectedOn\" ON \"Inspections\" (\"TrustId\", \"SchoolId\", \"Framework\", \"InspectedOn\");",
            ]),
        new("SchoolAssignments",
            """
            "Id" TEXT NOT NULL CONSTRAINT "PK_SchoolAssignments" PRIMARY KEY,
            "TrustId" TEXT NOT NULL,
            "UserId" TEXT NOT NULL,
            "SchoolId" TEXT NOT NULL,
            "Kind" INTEGER NOT NULL
            """,
            [
                "CONSTRAINT \"FK_SchoolAssignments_AspNetUsers_UserId\" FOREIGN KEY (\"UserId\") REFERENCES \"AspNetUsers\" (\"Id\") ON DELETE CASCADE",
                "CONSTRAINT \"FK_SchoolAssignments_AspNetUsers_TrustId_UserId\" FOREIGN KEY (\"TrustId\", \"UserId\") REFERENCES \"AspNetUsers\" (\"TrustId\", \"Id\")",
                SchoolCascade, SchoolsRestrict,
            ],
            [
                "CONSTRAINT \"FK_SchoolAssignments_AspNetUsers_UserId\" FOREIGN KEY (\"UserId\") REFERENCES \"AspNetUsers\" (\"Id\") ON DELETE CASCADE",
                OldSchoolCascade, SchoolsRestrict,
            ],
            [
                "CREATE INDEX \"IX_SchoolAssignments_TrustId_SchoolId_Kind\" ON \"SchoolAssignments\" (\"TrustId\", \"SchoolId\", \"Kind\");",
                "CREATE UNIQUE INDEX \"IX_SchoolAssignments_TrustId_UserId_SchoolId_Kind\" ON \"SchoolAssignments\" (\"TrustId\", \"UserId\", \"SchoolId\", \"Kind\");",
                "CREATE INDEX \"IX_SchoolAssignments_UserId\" ON \"SchoolAssignments\" (\"UserId\");",
            ],
            [
                "CREATE INDEX \"IX_SchoolAssignments_SchoolId\" ON \"SchoolAssignments\" (\"SchoolId\");",
                "CREATE INDEX \"IX_SchoolAssignments_TrustId_SchoolId_Kind\" ON \"SchoolAssignments\" (\"TrustId\", \"SchoolId\", \"Kind\");",
                "CREATE UNIQUE INDEX \"IX_SchoolAssignments_TrustId_UserId_SchoolId_Kind\" ON \"SchoolAssignments\" (\"TrustId\", \"UserId\", \"SchoolId\", \"Kind\");",
                "CREATE INDEX \"IX_SchoolAssignments_UserId\" ON \"SchoolAssignments\" (\"UserId\");",
            ]),
    ];

    /// <summary>The tables whose references to schools include TrustId.</summary>
    private static readonly string[] SchoolReferrers = ["Actions", "Categorisations", "Inspections", "SchoolAssignments"];

    /// <summary>The references to people held to the row's trust: table, column.</summary>
    private static readonly (string Table, string Column)[] UserReferences = [("Actions", "OwnerUserId"), ("SchoolAssignments", "UserId")];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            RebuildOnSqlite(migrationBuilder, up: true);
            return;
        }

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUsers_TrustId_Id",
            table: "AspNetUsers",
            columns: ["TrustId", "Id"],
            unique: true);

        foreach (var table in SchoolReferrers)
        {
            migrationBuilder.DropForeignKey(name: $"FK_{table}_Schools_SchoolId", table: table);
            migrationBuilder.DropIndex(name: $"IX_{table}_SchoolId", table: table);
        }

        migrationBuilder.AddUniqueConstraint(name: "AK_Schools_TrustId_Id", table: "Schools", columns: ["TrustId", "Id"]);
        foreach (var table in SchoolReferrers)
        {
            migrationBuilder.AddForeignKey(
                name: $"FK_{table}_Schools_TrustId_SchoolId",
                table: table,
                columns: ["TrustId", "SchoolId"],
                principalTable: "Schools",
                principalColumns: ["TrustId", "Id"],
                onDelete: ReferentialAction.Cascade);
        }

        foreach (var (table, column) in UserReferences)
        {
            migrationBuilder.AddForeignKey(
                name: $"FK_{table}_AspNetUsers_TrustId_{column}",
                table: table,
                columns: ["TrustId", column],
                principalTable: "AspNetUsers",
                principalColumns: ["TrustId", "Id"],
                onDelete: ReferentialAction.NoAction);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            RebuildOnSqlite(migrationBuilder, up: false);
            migrationBuilder.DropIndex(name: "IX_AspNetUsers_TrustId_Id", table: "AspNetUsers");
            return;
        }

        foreach (var (table, column) in UserReferences)
        {
            migrationBuilder.DropForeignKey(name: $"FK_{table}_AspNetUsers_TrustId_{column}", table: table);
        }

        foreach (var table in SchoolReferrers)
        {
            migrationBuilder.DropForeignKey(name: $"FK_{table}_Schools_TrustId_SchoolId", table: table);
        }

        migrationBuilder.DropUniqueConstraint(name: "AK_Schools_TrustId_Id", table: "Schools");
        foreach (var table in SchoolReferrers)
        {
            migrationBuilder.CreateIndex(name: $"IX_{table}_SchoolId", table: table, column: "SchoolId");
            migrationBuilder.AddForeignKey(
                name: $"FK_{table}_Schools_SchoolId",
                table: table,
                column: "SchoolId",
                principalTable: "Schools",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        migrationBuilder.DropIndex(name: "IX_AspNetUsers_TrustId_Id", table: "AspNetUsers");
    }

    private static void RebuildOnSqlite(MigrationBuilder migrationBuilder, bool up)
    {
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        if (up)
        {
            // Inside the rebuild's transaction, so a failed check leaves the database as it was.
            migrationBuilder.Sql("CREATE UNIQUE INDEX \"IX_AspNetUsers_TrustId_Id\" ON \"AspNetUsers\" (\"TrustId\", \"Id\");");
        }

        foreach (var table in Tables)
        {
            var constraints = up ? table.Constraints : table.OldConstraints;
            var definition = string.Join(",\n", new[] { table.Columns }.Concat(constraints.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, c, table.Name))));
            var columns = string.Join(", ", table.Columns.Split('\n').Select(l => l.Trim()[..(l.Trim().IndexOf('"', 1) + 1)]));
            migrationBuilder.Sql($"CREATE TABLE \"ef_temp_{table.Name}\" (\n{definition}\n);");
            migrationBuilder.Sql($"INSERT INTO \"ef_temp_{table.Name}\" ({columns}) SELECT {columns} FROM \"{table.Name}\";");
            migrationBuilder.Sql($"DROP TABLE \"{table.Name}\";");
            migrationBuilder.Sql($"ALTER TABLE \"ef_temp_{table.Name}\" RENAME TO \"{table.Name}\";");
            foreach (var index in up ? table.Indexes : table.OldIndexes)
            {
                migrationBuilder.Sql(index);
            }
        }

        // Foreign keys are off, so nothing was checked on the copy: any row that points into another
        // trust (or at a missing row) fails this insert and rolls the rebuild back.
        migrationBuilder.Sql(
            """
            CREATE TEMP TABLE "ef_temp_ForeignKeyCheck" ("Violations" INTEGER NOT NULL CONSTRAINT "A_row_points_into_another_trust_or_at_a_missing_row" CHECK ("Violations" = 0));
            INSERT INTO "ef_temp_ForeignKeyCheck" SELECT count(*) FROM pragma_foreign_key_check;
            DROP TABLE "ef_temp_ForeignKeyCheck";
            """);
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }
}
