using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnonymityThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    ManagerChainCanRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequireGoalApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowAnonymousFeedback = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.NormalizedEmail);
                });

            migrationBuilder.CreateTable(
                name: "AnonymousBatches",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceiverId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymousBatches", x => new { x.OrganizationId, x.ReceiverId, x.Batch });
                    table.ForeignKey(
                        name: "FK_AnonymousBatches_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnonymousGivers",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceiverId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: false),
                    GiverHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymousGivers", x => new { x.OrganizationId, x.ReceiverId, x.Batch, x.GiverHash });
                    table.ForeignKey(
                        name: "FK_AnonymousGivers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AuditEvents_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapabilityCategories",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DepartmentKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProfileKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Assessed = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortNow = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortLater = table.Column<int>(type: "INTEGER", nullable: false),
                    SumLater = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "CompanyValues",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyValues", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CompanyValues_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetenceLevels",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
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
                name: "Departments",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Departments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalPeriods",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedById = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                name: "OrgQuestions",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedById = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgQuestions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_OrgQuestions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonCapabilityLevels",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DepartmentId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ProfileId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Current = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredNow = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredFuture = table.Column<int>(type: "INTEGER", nullable: true),
                    GapNow = table.Column<int>(type: "INTEGER", nullable: true),
                    GapFuture = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "Capabilities",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CategoryId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                name: "Teams",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Teams_Departments_OrganizationId_DepartmentId",
                        columns: x => new { x.OrganizationId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Teams_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningResources",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TargetLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    EffortHours = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "MeetingTemplates",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TeamId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OwnerId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTemplates", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_MeetingTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingTemplates_Teams_OrganizationId_TeamId",
                        columns: x => new { x.OrganizationId, x.TeamId },
                        principalTable: "Teams",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DepartmentId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    TeamId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ManagerId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_People_Departments_OrganizationId_DepartmentId",
                        columns: x => new { x.OrganizationId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_People_OrganizationId_ManagerId",
                        columns: x => new { x.OrganizationId, x.ManagerId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_Teams_OrganizationId_TeamId",
                        columns: x => new { x.OrganizationId, x.TeamId },
                        principalTable: "Teams",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoleProfiles",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TeamId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FutureDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "TemplateSections",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TemplateId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateSections", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_TemplateSections_MeetingTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "MeetingTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TemplateSections_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccessTokens",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessTokens", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AccessTokens_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessTokens_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AssessorId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FeedbackId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    GoalId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "CalendarFeeds",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => new { x.OrganizationId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlans",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Aspiration = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Horizon = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WantsToLead = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GrowthAreas = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StrengthsPlan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "FeedbackItems",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GiverId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReceiverId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SoWhat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NowWhat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GoalId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RequestId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Capabilities_OrganizationId_CapabilityId",
                        columns: x => new { x.OrganizationId, x.CapabilityId },
                        principalTable: "Capabilities",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_People_OrganizationId_GiverId",
                        columns: x => new { x.OrganizationId, x.GiverId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_People_OrganizationId_ReceiverId",
                        columns: x => new { x.OrganizationId, x.ReceiverId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackRequests",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RequesterId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubjectId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Prompts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequests", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_People_OrganizationId_SubjectId",
                        columns: x => new { x.OrganizationId, x.SubjectId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerPersonId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OwnerTeamId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OwnerDepartmentId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PeriodId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ParentGoalId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    TemplateGoalId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ImportRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedById = table.Column<byte[]>(type: "BLOB", nullable: false),
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
                name: "Invitations",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Invitations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Invitations_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RecipientId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Notifications_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notifications_People_OrganizationId_RecipientId",
                        columns: x => new { x.OrganizationId, x.RecipientId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOneSeries",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LeadId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PartnerId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WeekOfMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOneSeries", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_MeetingTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "MeetingTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_People_OrganizationId_LeadId",
                        columns: x => new { x.OrganizationId, x.LeadId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_People_OrganizationId_PartnerId",
                        columns: x => new { x.OrganizationId, x.PartnerId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportingLines",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AncestorId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DescendantId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingLines", x => new { x.OrganizationId, x.AncestorId, x.DescendantId });
                    table.ForeignKey(
                        name: "FK_ReportingLines_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportingLines_People_OrganizationId_AncestorId",
                        columns: x => new { x.OrganizationId, x.AncestorId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportingLines_People_OrganizationId_DescendantId",
                        columns: x => new { x.OrganizationId, x.DescendantId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleRequirements",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProfileId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RequiredNow = table.Column<int>(type: "INTEGER", nullable: true),
                    RequiredFuture = table.Column<int>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentActions",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PlanId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsNextExit = table.Column<bool>(type: "INTEGER", nullable: false),
                    CapabilityId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "RouteOptions",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PlanId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TradeOffs = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "FeedbackReactions",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ItemId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackReactions", x => new { x.OrganizationId, x.ItemId, x.PersonId, x.Kind });
                    table.ForeignKey(
                        name: "FK_FeedbackReactions_FeedbackItems_OrganizationId_ItemId",
                        columns: x => new { x.OrganizationId, x.ItemId },
                        principalTable: "FeedbackItems",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackReactions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackValueTags",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ItemId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ValueId = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackValueTags", x => new { x.OrganizationId, x.ItemId, x.ValueId });
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_CompanyValues_OrganizationId_ValueId",
                        columns: x => new { x.OrganizationId, x.ValueId },
                        principalTable: "CompanyValues",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_FeedbackItems_OrganizationId_ItemId",
                        columns: x => new { x.OrganizationId, x.ItemId },
                        principalTable: "FeedbackItems",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackRequestRecipients",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RequestId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RecipientId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequestRecipients", x => new { x.OrganizationId, x.RequestId, x.RecipientId });
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_FeedbackRequests_OrganizationId_RequestId",
                        columns: x => new { x.OrganizationId, x.RequestId },
                        principalTable: "FeedbackRequests",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_People_OrganizationId_RecipientId",
                        columns: x => new { x.OrganizationId, x.RecipientId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalComments",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GoalId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AuthorId = table.Column<byte[]>(type: "BLOB", nullable: false),
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GoalId = table.Column<byte[]>(type: "BLOB", nullable: false),
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
                name: "AskedQuestions",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SeriesId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AskedById = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AskedQuestions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AskedQuestions_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AskedQuestions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SeriesId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedById = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Commitments_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commitments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commitments_People_OrganizationId_OwnerId",
                        columns: x => new { x.OrganizationId, x.OwnerId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SeriesId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    OccursOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SharedNotes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    NotesVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    NotesEditedById = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RescheduledFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedById = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgendaVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    LeadNoteEdits = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerNoteEdits = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrapUp_Celebrate = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Checkpoint = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WrapUp_LeadWill = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Obstacles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Resources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_SuccessLooksLike = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_WorkOn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Meetings_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyResultUpdates",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GoalId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    KeyResultId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: true),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Confidence = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AuthorId = table.Column<byte[]>(type: "BLOB", nullable: false),
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

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SeriesId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AuthorId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    IsPrivate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Discussed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimesCarried = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_People_OrganizationId_AuthorId",
                        columns: x => new { x.OrganizationId, x.AuthorId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRatings",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SeriesId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RaterId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LeadId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRatings", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_MeetingRatings_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRatings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrivateNotes",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AuthorId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateNotes", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_PrivateNotes_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PrivateNotes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrivateNotes_People_OrganizationId_AuthorId",
                        columns: x => new { x.OrganizationId, x.AuthorId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_OrganizationId_PersonId",
                table: "AccessTokens",
                columns: new[] { "OrganizationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_TokenHash",
                table: "AccessTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_AuthorId",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_SeriesId_AuthorId",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "SeriesId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AskedQuestions_OrganizationId_SeriesId_AskedAt",
                table: "AskedQuestions",
                columns: new[] { "OrganizationId", "SeriesId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganizationId_PersonId",
                table: "AspNetUsers",
                columns: new[] { "OrganizationId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OrganizationId_CapabilityId",
                table: "Assessments",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OrganizationId_PersonId_CapabilityId_Kind_At",
                table: "Assessments",
                columns: new[] { "OrganizationId", "PersonId", "CapabilityId", "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OrganizationId_ActorId_Id",
                table: "AuditEvents",
                columns: new[] { "OrganizationId", "ActorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OrganizationId_SubjectId_Id",
                table: "AuditEvents",
                columns: new[] { "OrganizationId", "SubjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

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
                name: "IX_Commitments_OrganizationId_MeetingId_Source",
                table: "Commitments",
                columns: new[] { "OrganizationId", "MeetingId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_OrganizationId_OwnerId_DoneAt",
                table: "Commitments",
                columns: new[] { "OrganizationId", "OwnerId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_OrganizationId_SeriesId_DueDate",
                table: "Commitments",
                columns: new[] { "OrganizationId", "SeriesId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CompanyValues_OrganizationId_Name",
                table: "CompanyValues",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_OrganizationId_Name",
                table: "Departments",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

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
                name: "IX_FeedbackItems_OrganizationId_CapabilityId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_GiverId_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "GiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_ReceiverId_CapabilityId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "ReceiverId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_ReceiverId_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "ReceiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_RequestId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_Visibility_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "Visibility", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_Visibility_Id",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "Visibility", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequestRecipients_OrganizationId_RecipientId_AnsweredAt",
                table: "FeedbackRequestRecipients",
                columns: new[] { "OrganizationId", "RecipientId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_OrganizationId_RequesterId_CreatedAt",
                table: "FeedbackRequests",
                columns: new[] { "OrganizationId", "RequesterId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_OrganizationId_SubjectId",
                table: "FeedbackRequests",
                columns: new[] { "OrganizationId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackValueTags_OrganizationId_ValueId",
                table: "FeedbackValueTags",
                columns: new[] { "OrganizationId", "ValueId" });

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
                name: "IX_Goals_OrganizationId_Title_Id",
                table: "Goals",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Goals_Rollup",
                table: "Goals",
                columns: new[] { "OrganizationId", "ParentGoalId", "Approval", "Visibility", "Status", "Weight", "Progress" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_OrganizationId_PersonId",
                table: "Invitations",
                columns: new[] { "OrganizationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_LearningResources_OrganizationId_CapabilityId_TargetLevel",
                table: "LearningResources",
                columns: new[] { "OrganizationId", "CapabilityId", "TargetLevel" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRatings_OrganizationId_LeadId",
                table: "MeetingRatings",
                columns: new[] { "OrganizationId", "LeadId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRatings_OrganizationId_MeetingId_RaterId",
                table: "MeetingRatings",
                columns: new[] { "OrganizationId", "MeetingId", "RaterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationId_SeriesId_OccursOn",
                table: "Meetings",
                columns: new[] { "OrganizationId", "SeriesId", "OccursOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationId_SeriesId_StartsAt",
                table: "Meetings",
                columns: new[] { "OrganizationId", "SeriesId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTemplates_OrganizationId_TeamId_Name",
                table: "MeetingTemplates",
                columns: new[] { "OrganizationId", "TeamId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganizationId_RecipientId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "OrganizationId", "RecipientId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_LeadId_PartnerId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "LeadId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_PartnerId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_TemplateId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "TemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Slug",
                table: "Organizations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_DepartmentId",
                table: "People",
                columns: new[] { "OrganizationId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_Email",
                table: "People",
                columns: new[] { "OrganizationId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_EmployeeNumber",
                table: "People",
                columns: new[] { "OrganizationId", "EmployeeNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_ManagerId",
                table: "People",
                columns: new[] { "OrganizationId", "ManagerId" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_Name",
                table: "People",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_TeamId",
                table: "People",
                columns: new[] { "OrganizationId", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_CapabilityId_GapFuture_GapNow",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_DepartmentId_CapabilityId_GapFuture_GapNow",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "DepartmentId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonCapabilityLevels_OrganizationId_ProfileId_CapabilityId_GapFuture_GapNow",
                table: "PersonCapabilityLevels",
                columns: new[] { "OrganizationId", "ProfileId", "CapabilityId", "GapFuture", "GapNow" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateNotes_OrganizationId_AuthorId",
                table: "PrivateNotes",
                columns: new[] { "OrganizationId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateNotes_OrganizationId_MeetingId_AuthorId",
                table: "PrivateNotes",
                columns: new[] { "OrganizationId", "MeetingId", "AuthorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingLines_OrganizationId_DescendantId_Depth",
                table: "ReportingLines",
                columns: new[] { "OrganizationId", "DescendantId", "Depth" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Teams_OrganizationId_DepartmentId",
                table: "Teams",
                columns: new[] { "OrganizationId", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Teams_OrganizationId_Name",
                table: "Teams",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateSections_OrganizationId_TemplateId_Position",
                table: "TemplateSections",
                columns: new[] { "OrganizationId", "TemplateId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessTokens");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "AnonymousBatches");

            migrationBuilder.DropTable(
                name: "AnonymousGivers");

            migrationBuilder.DropTable(
                name: "AskedQuestions");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "CapabilityGapTotals");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "CompetenceLevels");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DevelopmentActions");

            migrationBuilder.DropTable(
                name: "FeedbackReactions");

            migrationBuilder.DropTable(
                name: "FeedbackRequestRecipients");

            migrationBuilder.DropTable(
                name: "FeedbackValueTags");

            migrationBuilder.DropTable(
                name: "GoalComments");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "KeyResultUpdates");

            migrationBuilder.DropTable(
                name: "LearningResources");

            migrationBuilder.DropTable(
                name: "MeetingRatings");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OrgQuestions");

            migrationBuilder.DropTable(
                name: "PersonCapabilityLevels");

            migrationBuilder.DropTable(
                name: "PrivateNotes");

            migrationBuilder.DropTable(
                name: "ReportingLines");

            migrationBuilder.DropTable(
                name: "RoleRequirements");

            migrationBuilder.DropTable(
                name: "RouteOptions");

            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropTable(
                name: "TemplateSections");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "FeedbackRequests");

            migrationBuilder.DropTable(
                name: "CompanyValues");

            migrationBuilder.DropTable(
                name: "FeedbackItems");

            migrationBuilder.DropTable(
                name: "KeyResults");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "RoleProfiles");

            migrationBuilder.DropTable(
                name: "DevelopmentPlans");

            migrationBuilder.DropTable(
                name: "Capabilities");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "OneOnOneSeries");

            migrationBuilder.DropTable(
                name: "CapabilityCategories");

            migrationBuilder.DropTable(
                name: "GoalPeriods");

            migrationBuilder.DropTable(
                name: "MeetingTemplates");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Departments");

            migrationBuilder.DropTable(
                name: "Organizations");
        }
    }
}
