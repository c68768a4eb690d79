using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Calibration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Score",
                table: "Reviews",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalibrationSessions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Group = table.Column<string>(type: "text", nullable: false),
                    Scale = table.Column<string>(type: "text", nullable: false),
                    Guideline = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationSessions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CalibrationSessions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CalibrationSessions_ReviewCycles_OrganizationId_CycleId",
                        columns: x => new { x.OrganizationId, x.CycleId },
                        principalTable: "ReviewCycles",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationEntries",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedScore = table.Column<double>(type: "double precision", nullable: true),
                    ProposedRating = table.Column<int>(type: "integer", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    ProposedPotential = table.Column<int>(type: "integer", nullable: true),
                    Potential = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationEntries", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CalibrationEntries_CalibrationSessions_OrganizationId_Sessi~",
                        columns: x => new { x.OrganizationId, x.SessionId },
                        principalTable: "CalibrationSessions",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalibrationEntries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CalibrationEntries_ReviewParticipants_OrganizationId_Partic~",
                        columns: x => new { x.OrganizationId, x.ParticipantId },
                        principalTable: "ReviewParticipants",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationParticipants",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationParticipants", x => new { x.OrganizationId, x.SessionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CalibrationParticipants_CalibrationSessions_OrganizationId_~",
                        columns: x => new { x.OrganizationId, x.SessionId },
                        principalTable: "CalibrationSessions",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalibrationParticipants_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CalibrationParticipants_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalibrationChanges",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Field = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationChanges", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CalibrationChanges_CalibrationEntries_OrganizationId_EntryId",
                        columns: x => new { x.OrganizationId, x.EntryId },
                        principalTable: "CalibrationEntries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalibrationChanges_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationChanges_OrganizationId_EntryId_At",
                table: "CalibrationChanges",
                columns: new[] { "OrganizationId", "EntryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationChanges_OrganizationId_SessionId_At",
                table: "CalibrationChanges",
                columns: new[] { "OrganizationId", "SessionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationEntries_OrganizationId_CycleId_PersonId",
                table: "CalibrationEntries",
                columns: new[] { "OrganizationId", "CycleId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationEntries_OrganizationId_ParticipantId",
                table: "CalibrationEntries",
                columns: new[] { "OrganizationId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationEntries_OrganizationId_SessionId_ManagerId",
                table: "CalibrationEntries",
                columns: new[] { "OrganizationId", "SessionId", "ManagerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationParticipants_OrganizationId_PersonId",
                table: "CalibrationParticipants",
                columns: new[] { "OrganizationId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationSessions_OrganizationId_CycleId_Name",
                table: "CalibrationSessions",
                columns: new[] { "OrganizationId", "CycleId", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalibrationChanges");

            migrationBuilder.DropTable(
                name: "CalibrationParticipants");

            migrationBuilder.DropTable(
                name: "CalibrationEntries");

            migrationBuilder.DropTable(
                name: "CalibrationSessions");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "Reviews");
        }
    }
}
