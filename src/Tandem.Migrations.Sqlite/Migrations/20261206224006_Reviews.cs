using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ReviewTemplates",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FamilyId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DepartmentId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Scale = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Population = table.Column<string>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DepartmentTemplates = table.Column<string>(type: "TEXT", nullable: false),
                    PeerReviews = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpwardReviews = table.Column<bool>(type: "INTEGER", nullable: false),
                    Calibration = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Dates_AcknowledgeDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dates_CalibrationDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Dates_ManagerReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dates_NominationDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Dates_PeerReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Dates_ReleaseOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dates_SelfReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CycleId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubjectId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PeerId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AddedByManager = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CycleId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PersonId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReviewerId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    TemplateId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JoinedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgementComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CycleId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ParticipantId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SubjectId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WriterId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
