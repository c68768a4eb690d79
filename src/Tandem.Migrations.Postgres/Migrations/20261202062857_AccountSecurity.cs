using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Invitations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            // Pending links were issued for the person's email of today.
            migrationBuilder.Sql("""
                UPDATE "Invitations" SET "Email" = (SELECT "p"."Email" FROM "People" AS "p"
                    WHERE "p"."OrganizationId" = "Invitations"."OrganizationId" AND "p"."Id" = "Invitations"."PersonId");
                """);

            // Tokens that never expired now expire a year after they were made.
            migrationBuilder.Sql("""
                UPDATE "AccessTokens" SET "ExpiresAt" = "CreatedAt" + interval '365 days' WHERE "ExpiresAt" IS NULL;
                """);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "AccessTokens",
                type: "timestamp with time zone",
                nullable: false,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            // Tokens made before scopes existed may only read: least privilege; a new token can have more.
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "AccessTokens",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "Read");

            migrationBuilder.CreateTable(
                name: "SignInThrottles",
                columns: table => new
                {
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FailedCount = table.Column<int>(type: "integer", nullable: false),
                    LastFailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInThrottles", x => x.NormalizedEmail);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInThrottles");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "AccessTokens");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "AccessTokens",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");
        }
    }
}
