using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AllowAnonymousFeedback",
                table: "Organizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnonymousBatches",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Batch = table.Column<int>(type: "integer", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymousBatches", x => new { x.OrganizationId, x.ReceiverId, x.Batch });
                    table.ForeignKey(
                        name: "FK_AnonymousBatches_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnonymousGivers",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Batch = table.Column<int>(type: "integer", nullable: false),
                    GiverHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymousGivers", x => new { x.OrganizationId, x.ReceiverId, x.Batch, x.GiverHash });
                    table.ForeignKey(
                        name: "FK_AnonymousGivers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompanyValues",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyValues", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_CompanyValues_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackItems",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GiverId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SoWhat = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NowWhat = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    Theme = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsAnonymous = table.Column<bool>(type: "boolean", nullable: false),
                    Batch = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackItems", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_People_OrganizationId_GiverId",
                        columns: x => new { x.OrganizationId, x.GiverId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackItems_People_OrganizationId_ReceiverId",
                        columns: x => new { x.OrganizationId, x.ReceiverId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackRequests",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Prompts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequests", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_People_OrganizationId_SubjectId",
                        columns: x => new { x.OrganizationId, x.SubjectId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Notifications_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Notifications_People_OrganizationId_RecipientId",
                        columns: x => new { x.OrganizationId, x.RecipientId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackReactions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackReactions", x => new { x.OrganizationId, x.ItemId, x.PersonId, x.Kind });
                    table.ForeignKey(
                        name: "FK_FeedbackReactions_FeedbackItems_OrganizationId_ItemId",
                        columns: x => new { x.OrganizationId, x.ItemId },
                        principalTable: "FeedbackItems",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackReactions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackValueTags",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValueId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackValueTags", x => new { x.OrganizationId, x.ItemId, x.ValueId });
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_CompanyValues_OrganizationId_ValueId",
                        columns: x => new { x.OrganizationId, x.ValueId },
                        principalTable: "CompanyValues",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_FeedbackItems_OrganizationId_ItemId",
                        columns: x => new { x.OrganizationId, x.ItemId },
                        principalTable: "FeedbackItems",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackValueTags_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackRequestRecipients",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequestRecipients", x => new { x.OrganizationId, x.RequestId, x.RecipientId });
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_FeedbackRequests_OrganizationId_R~",
                        columns: x => new { x.OrganizationId, x.RequestId },
                        principalTable: "FeedbackRequests",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_People_OrganizationId_RecipientId",
                        columns: x => new { x.OrganizationId, x.RecipientId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompanyValues_OrganizationId_Name",
                table: "CompanyValues",
                columns: new[] { "OrganizationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_GiverId_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "GiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_ReceiverId_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "ReceiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_RequestId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_Visibility_CreatedAt",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "Visibility", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequestRecipients_OrganizationId_RecipientId_Answer~",
                table: "FeedbackRequestRecipients",
                columns: new[] { "OrganizationId", "RecipientId", "AnsweredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_OrganizationId_RequesterId_CreatedAt",
                table: "FeedbackRequests",
                columns: new[] { "OrganizationId", "RequesterId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_OrganizationId_SubjectId",
                table: "FeedbackRequests",
                columns: new[] { "OrganizationId", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackValueTags_OrganizationId_ValueId",
                table: "FeedbackValueTags",
                columns: new[] { "OrganizationId", "ValueId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganizationId_RecipientId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "OrganizationId", "RecipientId", "ReadAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnonymousBatches");

            migrationBuilder.DropTable(
                name: "AnonymousGivers");

            migrationBuilder.DropTable(
                name: "FeedbackReactions");

            migrationBuilder.DropTable(
                name: "FeedbackRequestRecipients");

            migrationBuilder.DropTable(
                name: "FeedbackValueTags");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "FeedbackRequests");

            migrationBuilder.DropTable(
                name: "CompanyValues");

            migrationBuilder.DropTable(
                name: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "AllowAnonymousFeedback",
                table: "Organizations");
        }
    }
}
