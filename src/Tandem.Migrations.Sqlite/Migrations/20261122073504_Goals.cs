using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Goals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequireGoalApproval",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "GoalPeriods",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalPeriods", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_GoalPeriods_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerTeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerDepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ParentGoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    TemplateGoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Goals_Departments_OrganizationId_OwnerDepartmentId",
                        columns: x => new { x.OrganizationId, x.OwnerDepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_GoalPeriods_OrganizationId_PeriodId",
                        columns: x => new { x.OrganizationId, x.PeriodId },
                        principalTable: "GoalPeriods",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Goals_OrganizationId_ParentGoalId",
                        columns: x => new { x.OrganizationId, x.ParentGoalId },
                        principalTable: "Goals",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_People_OrganizationId_OwnerPersonId",
                        columns: x => new { x.OrganizationId, x.OwnerPersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Goals_Teams_OrganizationId_OwnerTeamId",
                        columns: x => new { x.OrganizationId, x.OwnerTeamId },
                        principalTable: "Teams",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalComments",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalComments", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_GoalComments_Goals_OrganizationId_GoalId",
                        columns: x => new { x.OrganizationId, x.GoalId },
                        principalTable: "Goals",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalComments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyResults",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Start = table.Column<double>(type: "REAL", nullable: true),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Current = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    Confidence = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyResults", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_KeyResults_Goals_OrganizationId_GoalId",
                        columns: x => new { x.OrganizationId, x.GoalId },
                        principalTable: "Goals",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KeyResults_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyResultUpdates",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: true),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Confidence = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyResultUpdates", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_KeyResultUpdates_KeyResults_OrganizationId_KeyResultId",
                        columns: x => new { x.OrganizationId, x.KeyResultId },
                        principalTable: "KeyResults",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_KeyResultUpdates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalComments_OrganizationId_GoalId_At",
                table: "GoalComments",
                columns: new[] { "OrganizationId", "GoalId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalPeriods_OrganizationId_Name",
                table: "GoalPeriods",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalPeriods_OrganizationId_Start",
                table: "GoalPeriods",
                columns: new[] { "OrganizationId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_ImportRef",
                table: "Goals",
                columns: new[] { "OrganizationId", "ImportRef" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_OwnerDepartmentId",
                table: "Goals",
                columns: new[] { "OrganizationId", "OwnerDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_OwnerPersonId_PeriodId",
                table: "Goals",
                columns: new[] { "OrganizationId", "OwnerPersonId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_OwnerTeamId",
                table: "Goals",
                columns: new[] { "OrganizationId", "OwnerTeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_ParentGoalId_Title",
                table: "Goals",
                columns: new[] { "OrganizationId", "ParentGoalId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_PeriodId_OwnerType_Title",
                table: "Goals",
                columns: new[] { "OrganizationId", "PeriodId", "OwnerType", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_OrganizationId_TemplateGoalId",
                table: "Goals",
                columns: new[] { "OrganizationId", "TemplateGoalId" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyResults_OrganizationId_GoalId_Position",
                table: "KeyResults",
                columns: new[] { "OrganizationId", "GoalId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyResultUpdates_OrganizationId_GoalId_At",
                table: "KeyResultUpdates",
                columns: new[] { "OrganizationId", "GoalId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyResultUpdates_OrganizationId_KeyResultId_At",
                table: "KeyResultUpdates",
                columns: new[] { "OrganizationId", "KeyResultId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalComments");

            migrationBuilder.DropTable(
                name: "KeyResultUpdates");

            migrationBuilder.DropTable(
                name: "KeyResults");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "GoalPeriods");

            migrationBuilder.DropColumn(
                name: "RequireGoalApproval",
                table: "Organizations");
        }
    }
}
