using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Boards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Boards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConcernCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StartYear = table.Column<int>(type: "int", nullable: false),
                    StartTermNumber = table.Column<int>(type: "int", nullable: false),
                    FirstPeriodTerms = table.Column<int>(type: "int", nullable: false),
                    ExtensionTerms = table.Column<int>(type: "int", nullable: false),
                    Quorum = table.Column<int>(type: "int", nullable: false),
                    MeetingIntervalMonths = table.Column<int>(type: "int", nullable: false),
                    ClerkName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClerkUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ChairMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacesLocalCommittee = table.Column<bool>(type: "bit", nullable: false),
                    LocalCommitteeFormedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FormedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FormedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Boards", x => x.Id);
                    table.UniqueConstraint("AK_Boards_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_Boards_AspNetUsers_ClerkUserId",
                        column: x => x.ClerkUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Boards_AspNetUsers_FormedBy",
                        column: x => x.FormedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Boards_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Boards_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BoardId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Terms = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardExtensions_AspNetUsers_DecidedBy",
                        column: x => x.DecidedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardExtensions_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardExtensions_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BoardId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Category = table.Column<int>(type: "int", nullable: false),
                    IsVoting = table.Column<bool>(type: "bit", nullable: false),
                    LinkRoles = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Interests = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AddedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardMembers_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardMembers_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BoardRecruitmentSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TrustId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BoardId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardRecruitmentSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardRecruitmentSteps_AspNetUsers_UpdatedBy",
                        column: x => x.UpdatedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BoardRecruitmentSteps_Boards_TrustId_BoardId",
                        columns: x => new { x.TrustId, x.BoardId },
                        principalTable: "Boards",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoardRecruitmentSteps_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardExtensions_DecidedBy",
                table: "BoardExtensions",
                column: "DecidedBy");

            migrationBuilder.CreateIndex(
                name: "IX_BoardExtensions_TrustId_BoardId",
                table: "BoardExtensions",
                columns: new[] { "TrustId", "BoardId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardMembers_TrustId_BoardId",
                table: "BoardMembers",
                columns: new[] { "TrustId", "BoardId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardMembers_UserId",
                table: "BoardMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecruitmentSteps_TrustId_BoardId_Kind",
                table: "BoardRecruitmentSteps",
                columns: new[] { "TrustId", "BoardId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecruitmentSteps_UpdatedBy",
                table: "BoardRecruitmentSteps",
                column: "UpdatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Boards_ClerkUserId",
                table: "Boards",
                column: "ClerkUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Boards_FormedBy",
                table: "Boards",
                column: "FormedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Boards_OneActivePerSchool",
                table: "Boards",
                columns: new[] { "TrustId", "SchoolId" },
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Boards_TrustId_ConcernCaseId",
                table: "Boards",
                columns: new[] { "TrustId", "ConcernCaseId" });

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "Boards", "ClerkUserId");
            TrustUserReferences.Add(migrationBuilder, "Boards", "FormedBy");
            TrustUserReferences.Add(migrationBuilder, "BoardMembers", "UserId");
            TrustUserReferences.Add(migrationBuilder, "BoardExtensions", "DecidedBy");
            TrustUserReferences.Add(migrationBuilder, "BoardRecruitmentSteps", "UpdatedBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardExtensions");

            migrationBuilder.DropTable(
                name: "BoardMembers");

            migrationBuilder.DropTable(
                name: "BoardRecruitmentSteps");

            migrationBuilder.DropTable(
                name: "Boards");
        }
    }
}
