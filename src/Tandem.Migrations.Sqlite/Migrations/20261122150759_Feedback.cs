using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AnonymousBatches",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: false),
                    GiverHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GiverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SoWhat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NowWhat = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    Batch = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Prompts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValueId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequestRecipients", x => new { x.OrganizationId, x.RequestId, x.RecipientId });
                    table.ForeignKey(
                        name: "FK_FeedbackRequestRecipients_FeedbackRequests_OrganizationId_RequestId",
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
                name: "IX_FeedbackRequestRecipients_OrganizationId_RecipientId_AnsweredAt",
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
