using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "DevelopmentActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueNoticeAt",
                table: "Commitments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReminderRuns",
                columns: table => new
                {
                    OrganizationId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderRuns", x => new { x.OrganizationId, x.Name, x.Period });
                    table.ForeignKey(
                        name: "FK_ReminderRuns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_StartsAt",
                table: "Meetings",
                column: "StartsAt",
                filter: "\"RemindedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentActions_DueDate",
                table: "DevelopmentActions",
                column: "DueDate",
                filter: "\"RemindedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_DueDate",
                table: "Commitments",
                column: "DueDate",
                filter: "\"DoneAt\" IS NULL AND \"OverdueNoticeAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReminderRuns");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_StartsAt",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_DevelopmentActions_DueDate",
                table: "DevelopmentActions");

            migrationBuilder.DropIndex(
                name: "IX_Commitments_DueDate",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "DevelopmentActions");

            migrationBuilder.DropColumn(
                name: "OverdueNoticeAt",
                table: "Commitments");
        }
    }
}
