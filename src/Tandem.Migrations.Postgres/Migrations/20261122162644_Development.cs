using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Development : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CapabilityCategories",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilityCategories", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CapabilityCategories_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapabilityGapTotals",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Assessed = table.Column<int>(type: "integer", nullable: false),
                    ShortNow = table.Column<int>(type: "integer", nullable: false),
                    ShortLater = table.Column<int>(type: "integer", nullable: false),
                    SumLater = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapabilityGapTotals", x => new { x.OrganizationId, x.CapabilityId, x.DepartmentKey, x.ProfileKey });
                    table.ForeignKey(
                        name: "FK_CapabilityGapTotals_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetenceLevels",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetenceLevels", x => new { x.OrganizationId, x.Level });
                    table.ForeignKey(
                        name: "FK_CompetenceLevels_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aspiration = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Horizon = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WantsToLead = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Strengths = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GrowthAreas = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StrengthsPlan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlans", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlans_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonCapabilityLevels",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: true),
                    Current = table.Column<int>(type: "integer", nullable: true),
                    RequiredNow = table.Column<int>(type: "integer", nullable: true),
                    RequiredFuture = table.Column<int>(type: "integer", nullable: true),
                    GapNow = table.Column<int>(type: "integer", nullable: true),
                    GapFuture = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonCapabilityLevels", x => new { x.OrganizationId, x.PersonId, x.CapabilityId });
                    table.ForeignKey(
                        name: "FK_PersonCapabilityLevels_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleProfiles",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    FutureDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleProfiles", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_RoleProfiles_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleProfiles_Teams_OrganizationId_TeamId",
                        columns: x => new { x.OrganizationId, x.TeamId },
                        principalTable: "Teams",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Capabilities",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Capabilities", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Capabilities_CapabilityCategories_OrganizationId_CategoryId",
                        columns: x => new { x.OrganizationId, x.CategoryId },
                        principalTable: "CapabilityCategories",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Capabilities_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RouteOptions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TradeOffs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteOptions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_RouteOptions_DevelopmentPlans_OrganizationId_PlanId",
                        columns: x => new { x.OrganizationId, x.PlanId },
                        principalTable: "DevelopmentPlans",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RouteOptions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Assessments_Capabilities_OrganizationId_CapabilityId",
                        columns: x => new { x.OrganizationId, x.CapabilityId },
                        principalTable: "Capabilities",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assessments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentActions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsNextExit = table.Column<bool>(type: "boolean", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentActions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_DevelopmentActions_Capabilities_OrganizationId_CapabilityId",
                        columns: x => new { x.OrganizationId, x.CapabilityId },
                        principalTable: "Capabilities",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DevelopmentActions_DevelopmentPlans_OrganizationId_PlanId",
                        columns: x => new { x.OrganizationId, x.PlanId },
                        principalTable: "DevelopmentPlans",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentActions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningResources",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetLevel = table.Column<int>(type: "integer", nullable: false),
                    EffortHours = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningResources", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_LearningResources_Capabilities_OrganizationId_CapabilityId",
                        columns: x => new { x.OrganizationId, x.CapabilityId },
                        principalTable: "Capabilities",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearningResources_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleRequirements",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequiredNow = table.Column<int>(type: "integer", nullable: true),
                    RequiredFuture = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleRequirements", x => new { x.OrganizationId, x.ProfileId, x.CapabilityId });
                    table.ForeignKey(
                        name: "FK_RoleRequirements_Capabilities_OrganizationId_CapabilityId",
                        columns: x => new { x.OrganizationId, x.CapabilityId },
                        principalTable: "Capabilities",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoleRequirements_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RoleRequirements_RoleProfiles_OrganizationId_ProfileId",
                        columns: x => new { x.OrganizationId, x.ProfileId },
                        principalTable: "RoleProfiles",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OrganizationId_CapabilityId",
                table: "Assessments",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OrganizationId_PersonId_CapabilityId_Kind_At",
                table: "Assessments",
                columns: new[] { "OrganizationId", "PersonId", "CapabilityId", "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Capabilities_OrganizationId_CategoryId_Name",
                table: "Capabilities",
                columns: new[] { "OrganizationId", "CategoryId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityCategories_OrganizationId_Name",
                table: "CapabilityCategories",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityGapTotals_OrganizationId_DepartmentKey",
                table: "CapabilityGapTotals",
                columns: new[] { "OrganizationId", "DepartmentKey" });

            migrationBuilder.CreateIndex(
                name: "IX_CapabilityGapTotals_OrganizationId_ProfileKey",
                table: "CapabilityGapTotals",
                columns: new[] { "OrganizationId", "ProfileKey" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentActions_OrganizationId_CapabilityId",
                table: "DevelopmentActions",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentActions_OrganizationId_PlanId_Status",
                table: "DevelopmentActions",
                columns: new[] { "OrganizationId", "PlanId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlans_OrganizationId_PersonId",
                table: "DevelopmentPlans",
                columns: new[] { "OrganizationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningResources_OrganizationId_CapabilityId_TargetLevel",
                table: "LearningResources",
                columns: new[] { "OrganizationId", "CapabilityId", "TargetLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_CapabilityId_GapFutur~",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_DepartmentId_Capabili~",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "DepartmentId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_ProfileId_CapabilityI~",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "ProfileId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleProfiles_OrganizationId_JobTitle",
                table: "RoleProfiles",
                columns: new[] { "OrganizationId", "JobTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleProfiles_OrganizationId_TeamId",
                table: "RoleProfiles",
                columns: new[] { "OrganizationId", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleRequirements_OrganizationId_CapabilityId",
                table: "RoleRequirements",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteOptions_OrganizationId_PlanId_Position",
                table: "RouteOptions",
                columns: new[] { "OrganizationId", "PlanId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "CapabilityGapTotals");

            migrationBuilder.DropTable(
                name: "CompetenceLevels");

            migrationBuilder.DropTable(
                name: "DevelopmentActions");

            migrationBuilder.DropTable(
                name: "LearningResources");

            migrationBuilder.DropTable(
                name: "PersonCapabilityLevels");

            migrationBuilder.DropTable(
                name: "RoleRequirements");

            migrationBuilder.DropTable(
                name: "RouteOptions");

            migrationBuilder.DropTable(
                name: "Capabilities");

            migrationBuilder.DropTable(
                name: "RoleProfiles");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropTable(
                name: "CapabilityCategories");
        }
    }
}
