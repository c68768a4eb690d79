using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NamePeersToEmployee",
                table: "Organizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ReviewTemplates",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scale = table.Column<string>(type: "text", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTemplates", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReviewTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCycles",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Population = table.Column<string>(type: "text", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentTemplates = table.Column<string>(type: "text", nullable: false),
                    PeerReviews = table.Column<bool>(type: "boolean", nullable: false),
                    UpwardReviews = table.Column<bool>(type: "boolean", nullable: false),
                    Calibration = table.Column<bool>(type: "boolean", nullable: false),
                    Phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Dates_AcknowledgeDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Dates_CalibrationDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Dates_ManagerReviewDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Dates_NominationDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Dates_PeerReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Dates_ReleaseOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Dates_SelfReviewDue = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCycles", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReviewCycles_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewCycles_ReviewTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "ReviewTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PeerNominations",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AddedByManager = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerNominations", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_PeerNominations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerNominations_ReviewCycles_OrganizationId_CycleId",
                        columns: x => new { x.OrganizationId, x.CycleId },
                        principalTable: "ReviewCycles",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewParticipants",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    JoinedLate = table.Column<bool>(type: "boolean", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgementComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewParticipants", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReviewParticipants_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewParticipants_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewParticipants_ReviewCycles_OrganizationId_CycleId",
                        columns: x => new { x.OrganizationId, x.CycleId },
                        principalTable: "ReviewCycles",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewParticipants_ReviewTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "ReviewTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    WriterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Reviews_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_ReviewParticipants_OrganizationId_ParticipantId",
                        columns: x => new { x.OrganizationId, x.ParticipantId },
                        principalTable: "ReviewParticipants",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeerNominations_OrganizationId_CycleId_SubjectId_PeerId",
                table: "PeerNominations",
                columns: new[] { "OrganizationId", "CycleId", "SubjectId", "PeerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycles_OrganizationId_PeriodEnd",
                table: "ReviewCycles",
                columns: new[] { "OrganizationId", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCycles_OrganizationId_TemplateId",
                table: "ReviewCycles",
                columns: new[] { "OrganizationId", "TemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewParticipants_OrganizationId_CycleId_PersonId",
                table: "ReviewParticipants",
                columns: new[] { "OrganizationId", "CycleId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewParticipants_OrganizationId_PersonId",
                table: "ReviewParticipants",
                columns: new[] { "OrganizationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewParticipants_OrganizationId_ReviewerId_CycleId",
                table: "ReviewParticipants",
                columns: new[] { "OrganizationId", "ReviewerId", "CycleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewParticipants_OrganizationId_TemplateId",
                table: "ReviewParticipants",
                columns: new[] { "OrganizationId", "TemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_OrganizationId_CycleId_Kind_State_WriterId",
                table: "Reviews",
                columns: new[] { "OrganizationId", "CycleId", "Kind", "State", "WriterId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_OrganizationId_ParticipantId_Kind_WriterId",
                table: "Reviews",
                columns: new[] { "OrganizationId", "ParticipantId", "Kind", "WriterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_OrganizationId_WriterId_CycleId",
                table: "Reviews",
                columns: new[] { "OrganizationId", "WriterId", "CycleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTemplates_OrganizationId_FamilyId_Version",
                table: "ReviewTemplates",
                columns: new[] { "OrganizationId", "FamilyId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTemplates_OrganizationId_IsCurrent_Name",
                table: "ReviewTemplates",
                columns: new[] { "OrganizationId", "IsCurrent", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeerNominations");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "ReviewParticipants");

            migrationBuilder.DropTable(
                name: "ReviewCycles");

            migrationBuilder.DropTable(
                name: "ReviewTemplates");

            migrationBuilder.DropColumn(
                name: "NamePeersToEmployee",
                table: "Organizations");
        }
    }
}
