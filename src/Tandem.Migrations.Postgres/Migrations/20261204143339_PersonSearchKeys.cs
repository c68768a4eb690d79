using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PersonSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "People",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurnameKey",
                table: "People",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // The keys of the people there are, as PersonRules computes them: lower case, single spaces; the last word first.
            migrationBuilder.Sql(@"UPDATE ""People"" SET ""NameKey"" = lower(regexp_replace(btrim(""Name""), '\s+', ' ', 'g'));");
            migrationBuilder.Sql(@"UPDATE ""People"" SET ""SurnameKey"" = regexp_replace(""NameKey"", '^(.*) (\S+)$', '\2 \1');");

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_NameKey",
                table: "People",
                columns: new[] { "OrganizationId", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_SurnameKey",
                table: "People",
                columns: new[] { "OrganizationId", "SurnameKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_OrganizationId_NameKey",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_OrganizationId_SurnameKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SurnameKey",
                table: "People");
        }
    }
}
