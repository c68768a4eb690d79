using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "Meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindedAt",
                table: "DevelopmentActions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueNoticeAt",
                table: "Commitments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReminderRuns",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
