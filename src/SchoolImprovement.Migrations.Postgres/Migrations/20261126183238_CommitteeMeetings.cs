using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CorrectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PackId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKind = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "CommitteeMeetings", "ScheduledBy");
            TrustUserReferences.Add(migrationBuilder, "CommitteePacks", "PublishedBy");
            TrustUserReferences.Add(migrationBuilder, "CommitteeDecisions", "RecordedBy");
            RowLevelSecurity.Enable(migrationBuilder, "CommitteeMeetings");
            RowLevelSecurity.Enable(migrationBuilder, "CommitteePacks");
            RowLevelSecurity.Enable(migrationBuilder, "CommitteeDecisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "CommitteeDecisions");
            RowLevelSecurity.Disable(migrationBuilder, "CommitteePacks");
            RowLevelSecurity.Disable(migrationBuilder, "CommitteeMeetings");

            migrationBuilder.DropTable(
                name: "CommitteeDecisions");

            migrationBuilder.DropTable(
                name: "CommitteePacks");

            migrationBuilder.DropTable(
                name: "CommitteeMeetings");
        }
    }
}
