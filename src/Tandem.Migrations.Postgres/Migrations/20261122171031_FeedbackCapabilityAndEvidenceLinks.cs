using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackCapabilityAndEvidenceLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CapabilityId",
                table: "FeedbackItems",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FeedbackId",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "GoalId",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_CapabilityId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackItems_OrganizationId_ReceiverId_CapabilityId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "ReceiverId", "CapabilityId" });

            migrationBuilder.AddForeignKey(
                name: "FK_FeedbackItems_Capabilities_OrganizationId_CapabilityId",
                table: "FeedbackItems",
                columns: new[] { "OrganizationId", "CapabilityId" },
                principalTable: "Capabilities",
                principalColumns: new[] { "OrganizationId", "Id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FeedbackItems_Capabilities_OrganizationId_CapabilityId",
                table: "FeedbackItems");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_OrganizationId_CapabilityId",
                table: "FeedbackItems");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackItems_OrganizationId_ReceiverId_CapabilityId",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "CapabilityId",
                table: "FeedbackItems");

            migrationBuilder.DropColumn(
                name: "FeedbackId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "GoalId",
                table: "Assessments");
        }
    }
}
