using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoardMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BoardMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PresentMemberIds = table.Column<string>(type: "text", nullable: false),
                    Quorate = table.Column<bool>(type: "boolean", nullable: true),
                    VotingPresent = table.Column<int>(type: "integer", nullable: true),
                    QuorumRequired = table.Column<int>(type: "integer", nullable: true),
                    AgendaNotes = table.Column<string>(type: "text", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    KeyFindings = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ScheduledBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardMeetings", x => x.Id);
                    table.UniqueConstraint("AK_BoardMeetings_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_BoardMeetings_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardMeetings_AspNetUsers_ScheduledBy",
                        column: x => x.ScheduledBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardMeetings_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardMeetings_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardMeetings_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UrgentDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RatifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RatificationRecordedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UrgentDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_AspNetUsers_DecidedBy",
                        column: x => x.DecidedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_AspNetUsers_RatificationRecordedBy",
                        column: x => x.RatificationRecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UrgentDecisions_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CommitteeDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommitteeNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CommitteeRecordedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_AspNetUsers_CommitteeRecordedBy",
                        column: x => x.CommitteeRecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_AspNetUsers_RecordedBy",
                        column: x => x.RecordedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_BoardMeetings_TrustId_MeetingId",
                        columns: x => new { x.TrustId, x.MeetingId },
                        principalTable: "BoardMeetings",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardRecommendations_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardMeetings_RecordedBy",
                table: "BoardMeetings",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_BoardMeetings_ScheduledBy",
                table: "BoardMeetings",
                column: "ScheduledBy");

            migrationBuilder.CreateIndex(
                name: "IX_BoardMeetings_TrustId_BoardId_ScheduledOn",
                table: "BoardMeetings",
                columns: new[] { "TrustId", "BoardId", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardMeetings_TrustId_SchoolId",
                table: "BoardMeetings",
                columns: new[] { "TrustId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecommendations_CommitteeRecordedBy",
                table: "BoardRecommendations",
                column: "CommitteeRecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecommendations_RecordedBy",
                table: "BoardRecommendations",
                column: "RecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecommendations_TrustId_BoardId_Status",
                table: "BoardRecommendations",
                columns: new[] { "TrustId", "BoardId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecommendations_TrustId_MeetingId",
                table: "BoardRecommendations",
                columns: new[] { "TrustId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecommendations_TrustId_SchoolId",
                table: "BoardRecommendations",
                columns: new[] { "TrustId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_DecidedBy",
                table: "UrgentDecisions",
                column: "DecidedBy");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_RatificationRecordedBy",
                table: "UrgentDecisions",
                column: "RatificationRecordedBy");

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_TrustId_BoardId_Status",
                table: "UrgentDecisions",
                columns: new[] { "TrustId", "BoardId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_UrgentDecisions_TrustId_SchoolId",
                table: "UrgentDecisions",
                columns: new[] { "TrustId", "SchoolId" });

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "BoardMeetings", "ScheduledBy");
            TrustUserReferences.Add(migrationBuilder, "BoardMeetings", "RecordedBy");
            TrustUserReferences.Add(migrationBuilder, "UrgentDecisions", "DecidedBy");
            TrustUserReferences.Add(migrationBuilder, "UrgentDecisions", "RatificationRecordedBy");
            TrustUserReferences.Add(migrationBuilder, "BoardRecommendations", "RecordedBy");
            TrustUserReferences.Add(migrationBuilder, "BoardRecommendations", "CommitteeRecordedBy");
            RowLevelSecurity.Enable(migrationBuilder, "BoardMeetings");
            RowLevelSecurity.Enable(migrationBuilder, "UrgentDecisions");
            RowLevelSecurity.Enable(migrationBuilder, "BoardRecommendations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "BoardRecommendations");
            RowLevelSecurity.Disable(migrationBuilder, "UrgentDecisions");
            RowLevelSecurity.Disable(migrationBuilder, "BoardMeetings");
            migrationBuilder.DropTable(
                name: "BoardRecommendations");

            migrationBuilder.DropTable(
                name: "UrgentDecisions");

            migrationBuilder.DropTable(
                name: "BoardMeetings");
        }
    }
}
