using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Recognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecognitionOutcomes",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ParticipantId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Promotion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Raise = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ById = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecognitionOutcomes", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_RecognitionOutcomes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecognitionOutcomes_ReviewParticipants_OrganizationId_ParticipantId",
                        columns: x => new { x.OrganizationId, x.ParticipantId },
                        principalTable: "ReviewParticipants",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPlans_Running",
                table: "ImprovementPlans",
                columns: new[] { "OrganizationId", "PersonId" },
                unique: true,
                filter: "\"Outcome\" IS NULL OR \"Outcome\" = 'Extended'");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionOutcomes_OrganizationId_ParticipantId",
                table: "RecognitionOutcomes",
                columns: new[] { "OrganizationId", "ParticipantId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecognitionOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementPlans_Running",
                table: "ImprovementPlans");
        }
    }
}
