using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SchoolImprovement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommitteeMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommitteeMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMeetings", x => x.Id);
                    table.UniqueConstraint("AK_CommitteeMeetings_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_AspNetUsers_ScheduledBy",
                        column: x => x.ScheduledBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_AspNetUsers_TrustId_ScheduledBy",
                        columns: x => new { x.TrustId, x.ScheduledBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteePacks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteePacks", x => x.Id);
                    table.UniqueConstraint("AK_CommitteePacks_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommitteePacks_AspNetUsers_PublishedBy",
                        column: x => x.PublishedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_CommitteePacks_AspNetUsers_TrustId_PublishedBy",
                        columns: x => new { x.TrustId, x.PublishedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_CommitteePacks_CommitteeMeetings_TrustId_MeetingId",
                        columns: x => new { x.TrustId, x.MeetingId },
                        principalTable: "CommitteeMeetings",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteePacks_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrustId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    // Same-trust reference to a person, which the model cannot express (Configurations/TrustUserReferences).
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_AspNetUsers_TrustId_RecordedBy",
                        columns: x => new { x.TrustId, x.RecordedBy },
                        principalTable: "AspNetUsers",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_CommitteeMeetings_TrustId_MeetingId",
                        columns: x => new { x.TrustId, x.MeetingId },
                        principalTable: "CommitteeMeetings",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_CommitteePacks_TrustId_PackId",
                        columns: x => new { x.TrustId, x.PackId },
                        principalTable: "CommitteePacks",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitteeDecisions_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_RecordedBy",
                table: "CommitteeDecisions",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_TrustId_ItemKind_ItemId",
                table: "CommitteeDecisions",
                columns: new[] { "TrustId", "ItemKind", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_TrustId_MeetingId_ItemKind_ItemId",
                table: "CommitteeDecisions",
                columns: new[] { "TrustId", "MeetingId", "ItemKind", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_TrustId_PackId",
                table: "CommitteeDecisions",
                columns: new[] { "TrustId", "PackId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeDecisions_TrustId_SchoolId",
                table: "CommitteeDecisions",
                columns: new[] { "TrustId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_ScheduledBy",
                table: "CommitteeMeetings",
                column: "ScheduledBy");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_TrustId_MeetingOn",
                table: "CommitteeMeetings",
                columns: new[] { "TrustId", "MeetingOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteePacks_PublishedBy",
                table: "CommitteePacks",
                column: "PublishedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteePacks_TrustId_MeetingId_Number",
                table: "CommitteePacks",
                columns: new[] { "TrustId", "MeetingId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeDecisions");

            migrationBuilder.DropTable(
                name: "CommitteePacks");

            migrationBuilder.DropTable(
                name: "CommitteeMeetings");
        }
    }
}
