using System;
using Microsoft.EntityFrameworkCore.Migrations;
using SchoolImprovement.Infrastructure.Persistence;
using SchoolImprovement.Infrastructure.Persistence.Configurations;

#nullable disable

namespace SchoolImprovement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DayAllocations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    OfficerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerDays = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    PerformanceManagementDays = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    SleDays = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayAllocations", x => x.Id);
                    table.UniqueConstraint("AK_DayAllocations_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_DayAllocations_AspNetUsers_OfficerUserId",
                        column: x => x.OfficerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DayAllocations_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DayAllocations_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdditionalDaysApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Strand = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ApprovedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdditionalDaysApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdditionalDaysApprovals_AspNetUsers_ApprovedBy",
                        column: x => x.ApprovedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdditionalDaysApprovals_DayAllocations_TrustId_AllocationId",
                        columns: x => new { x.TrustId, x.AllocationId },
                        principalTable: "DayAllocations",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdditionalDaysApprovals_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SleUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Days = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SleAssignments", x => x.Id);
                    table.UniqueConstraint("AK_SleAssignments_TrustId_Id", x => new { x.TrustId, x.Id });
                    table.ForeignKey(
                        name: "FK_SleAssignments_AspNetUsers_SleUserId",
                        column: x => x.SleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SleAssignments_DayAllocations_TrustId_AllocationId",
                        columns: x => new { x.TrustId, x.AllocationId },
                        principalTable: "DayAllocations",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SleAssignments_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DayLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrustId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Strand = table.Column<int>(type: "integer", nullable: false),
                    SleAssignmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Activity = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    LoggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DayLogs_AspNetUsers_PersonUserId",
                        column: x => x.PersonUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DayLogs_DayAllocations_TrustId_AllocationId",
                        columns: x => new { x.TrustId, x.AllocationId },
                        principalTable: "DayAllocations",
                        principalColumns: new[] { "TrustId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DayLogs_Schools_TrustId_SchoolId",
                        columns: x => new { x.TrustId, x.SchoolId },
                        principalTable: "Schools",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_DayLogs_SleAssignments_TrustId_SleAssignmentId",
                        columns: x => new { x.TrustId, x.SleAssignmentId },
                        principalTable: "SleAssignments",
                        principalColumns: new[] { "TrustId", "Id" });
                    table.ForeignKey(
                        name: "FK_DayLogs_Trusts_TrustId",
                        column: x => x.TrustId,
                        principalTable: "Trusts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdditionalDaysApprovals_ApprovedBy",
                table: "AdditionalDaysApprovals",
                column: "ApprovedBy");

            migrationBuilder.CreateIndex(
                name: "IX_AdditionalDaysApprovals_TrustId_AllocationId",
                table: "AdditionalDaysApprovals",
                columns: new[] { "TrustId", "AllocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_DayAllocations_OfficerUserId",
                table: "DayAllocations",
                column: "OfficerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DayAllocations_TrustId_AcademicYear",
                table: "DayAllocations",
                columns: new[] { "TrustId", "AcademicYear" });

            migrationBuilder.CreateIndex(
                name: "IX_DayAllocations_TrustId_SchoolId_AcademicYear",
                table: "DayAllocations",
                columns: new[] { "TrustId", "SchoolId", "AcademicYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_PersonUserId",
                table: "DayLogs",
                column: "PersonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_TrustId_AllocationId_On",
                table: "DayLogs",
                columns: new[] { "TrustId", "AllocationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_TrustId_PersonUserId",
                table: "DayLogs",
                columns: new[] { "TrustId", "PersonUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_TrustId_SchoolId",
                table: "DayLogs",
                columns: new[] { "TrustId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_TrustId_SleAssignmentId",
                table: "DayLogs",
                columns: new[] { "TrustId", "SleAssignmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_DayLogs_TrustId_VisitId",
                table: "DayLogs",
                columns: new[] { "TrustId", "VisitId" },
                unique: true,
                filter: "\"VisitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SleAssignments_SleUserId",
                table: "SleAssignments",
                column: "SleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SleAssignments_TrustId_AllocationId_SleUserId",
                table: "SleAssignments",
                columns: new[] { "TrustId", "AllocationId", "SleUserId" },
                unique: true);

            // The same-trust references to people, which the model cannot express (Configurations/TrustUserReferences).
            TrustUserReferences.Add(migrationBuilder, "DayAllocations", "OfficerUserId");
            TrustUserReferences.Add(migrationBuilder, "AdditionalDaysApprovals", "ApprovedBy");
            TrustUserReferences.Add(migrationBuilder, "SleAssignments", "SleUserId");
            TrustUserReferences.Add(migrationBuilder, "DayLogs", "PersonUserId");
            RowLevelSecurity.Enable(migrationBuilder, "DayAllocations");
            RowLevelSecurity.Enable(migrationBuilder, "SleAssignments");
            RowLevelSecurity.Enable(migrationBuilder, "AdditionalDaysApprovals");
            RowLevelSecurity.Enable(migrationBuilder, "DayLogs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RowLevelSecurity.Disable(migrationBuilder, "DayLogs");
            RowLevelSecurity.Disable(migrationBuilder, "AdditionalDaysApprovals");
            RowLevelSecurity.Disable(migrationBuilder, "SleAssignments");
            RowLevelSecurity.Disable(migrationBuilder, "DayAllocations");
            migrationBuilder.DropTable(
                name: "AdditionalDaysApprovals");

            migrationBuilder.DropTable(
                name: "DayLogs");

            migrationBuilder.DropTable(
                name: "SleAssignments");

            migrationBuilder.DropTable(
                name: "DayAllocations");
        }
    }
}
