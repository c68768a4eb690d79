using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            // Pending links were issued for the person's email of today.
            migrationBuilder.Sql("""
                UPDATE "Invitations" SET "Email" = (SELECT "p"."Email" FROM "People" AS "p"
                    WHERE "p"."OrganizationId" = "Invitations"."OrganizationId" AND "p"."Id" = "Invitations"."PersonId");
                """);

            // Tokens that never expired now expire a year after they were made (instants are UTC ticks on SQLite).
            migrationBuilder.Sql("""
                UPDATE "AccessTokens" SET "ExpiresAt" = "CreatedAt" + 365 * 864000000000 WHERE "ExpiresAt" IS NULL;
                """);

            migrationBuilder.AlterColumn<long>(
                name: "ExpiresAt",
                table: "AccessTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            // Tokens made before scopes existed may only read: least privilege; a new token can have more.
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "AccessTokens",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "Read");

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

            migrationBuilder.AlterColumn<long>(
                name: "ExpiresAt",
                table: "AccessTokens",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");
        }
    }
}
