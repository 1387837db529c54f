using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConcernCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CausingConcernSince",
                table: "Schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConcernCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ProposedResponse = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RecommendedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DesignatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExitRecommendedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExitRecommendedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExitReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ExitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeInformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernCases", x => x.Id);
                    table.UniqueConstraint("AK_ConcernCases_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_DecidedBy",
                        column: x => x.DecidedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_TrustId_DecidedBy",
                        columns: x => new { x.TrustId, x.DecidedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_ExitRecommendedBy",
                        column: x => x.ExitRecommendedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_TrustId_ExitRecommendedBy",
                        columns: x => new { x.TrustId, x.ExitRecommendedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_RecommendedBy",
                        column: x => x.RecommendedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ConcernCases_AspNetUsers_TrustId_RecommendedBy",
                        columns: x => new { x.TrustId, x.RecommendedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ConcernCases_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernCases_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConcernCaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernCaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernCaseEvents_AspNetUsers_By",
                        column: x => x.By,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ConcernCaseEvents_AspNetUsers_TrustId_By",
                        columns: x => new { x.TrustId, x.By },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ConcernCaseEvents_ConcernCases_TrustId_ConcernCaseId",
                        columns: x => new { x.TrustId, x.ConcernCaseId },
                        principalTable: "ConcernCases",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernCaseEvents_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExternalSupportRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExternalSupportRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_AspNetUsers_DecidedBy",
                        column: x => x.DecidedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_AspNetUsers_TrustId_DecidedBy",
                        columns: x => new { x.TrustId, x.DecidedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_AspNetUsers_RequestedBy",
                        column: x => x.RequestedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_AspNetUsers_TrustId_RequestedBy",
                        columns: x => new { x.TrustId, x.RequestedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_ConcernCases_TrustId_ConcernCaseId",
                        columns: x => new { x.TrustId, x.ConcernCaseId },
                        principalTable: "ConcernCases",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExternalSupportRequests_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCaseEvents_By",
                table: "ConcernCaseEvents",
                column: "By");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCaseEvents_TrustId_ConcernCaseId_At",
                table: "ConcernCaseEvents",
                columns: new[] { "TrustId", "ConcernCaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCases_DecidedBy",
                table: "ConcernCases",
                column: "DecidedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCases_ExitRecommendedBy",
                table: "ConcernCases",
                column: "ExitRecommendedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCases_OneOpenPerSchool",
                table: "ConcernCases",
                columns: new[] { "TrustId", "SchoolId" },
                unique: true,
                filter: "\"Status\" IN (1, 3, 4)");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCases_RecommendedBy",
                table: "ConcernCases",
                column: "RecommendedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernCases_TrustId_Status",
                table: "ConcernCases",
                columns: new[] { "TrustId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalSupportRequests_DecidedBy",
                table: "ExternalSupportRequests",
                column: "DecidedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalSupportRequests_RequestedBy",
                table: "ExternalSupportRequests",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalSupportRequests_TrustId_ConcernCaseId",
                table: "ExternalSupportRequests",
                columns: new[] { "TrustId", "ConcernCaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExternalSupportRequests_TrustId_SchoolId",
                table: "ExternalSupportRequests",
                columns: new[] { "TrustId", "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernCaseEvents");

            migrationBuilder.DropTable(
                name: "ExternalSupportRequests");

            migrationBuilder.DropTable(
                name: "ConcernCases");

            migrationBuilder.DropColumn(
                name: "CausingConcernSince",
                table: "Schools");
        }
    }
}
