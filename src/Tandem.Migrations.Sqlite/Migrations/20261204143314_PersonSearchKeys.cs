using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurnameKey",
                table: "People",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // The keys of the people there are, as PersonRules computes them for ASCII names (SQLite's lower() changes only
            // A-Z; other letters are folded when the person is next saved): the last word is what follows the name with
            // its last word trimmed off (rtrim by the name's own letters).
            migrationBuilder.Sql(@"UPDATE ""People"" SET ""NameKey"" = lower(trim(""Name""));");
            migrationBuilder.Sql(@"UPDATE ""People"" SET ""SurnameKey"" = CASE WHEN instr(""NameKey"", ' ') = 0 THEN ""NameKey""
                ELSE substr(""NameKey"", length(rtrim(""NameKey"", replace(""NameKey"", ' ', ''))) + 1) || ' '
                     || rtrim(rtrim(""NameKey"", replace(""NameKey"", ' ', '')), ' ') END;");

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
