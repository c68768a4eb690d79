using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneOnOnes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => new { x.OrganizationId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_People_OrganizationId_PersonId",
                        columns: x => new { x.OrganizationId, x.PersonId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingTemplates",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingTemplates", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_MeetingTemplates_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingTemplates_Teams_OrganizationId_TeamId",
                        columns: x => new { x.OrganizationId, x.TeamId },
                        principalTable: "Teams",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgQuestions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgQuestions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_OrgQuestions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOneSeries",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WeekOfMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOneSeries", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_MeetingTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "MeetingTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_People_OrganizationId_LeadId",
                        columns: x => new { x.OrganizationId, x.LeadId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneOnOneSeries_People_OrganizationId_PartnerId",
                        columns: x => new { x.OrganizationId, x.PartnerId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TemplateSections",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Prompt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateSections", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_TemplateSections_MeetingTemplates_OrganizationId_TemplateId",
                        columns: x => new { x.OrganizationId, x.TemplateId },
                        principalTable: "MeetingTemplates",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TemplateSections_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AskedQuestions",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AskedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AskedQuestions", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AskedQuestions_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AskedQuestions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Commitments_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commitments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commitments_People_OrganizationId_OwnerId",
                        columns: x => new { x.OrganizationId, x.OwnerId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccursOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SharedNotes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    NotesVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    NotesEditedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RescheduledFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgendaVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    LeadNoteEdits = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerNoteEdits = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrapUp_Celebrate = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Checkpoint = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WrapUp_LeadWill = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Obstacles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_Resources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_SuccessLooksLike = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WrapUp_WorkOn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_Meetings_OneOnOneSeries_OrganizationId_SeriesId",
                        columns: x => new { x.OrganizationId, x.SeriesId },
                        principalTable: "OneOnOneSeries",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPrivate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Discussed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TimesCarried = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_People_OrganizationId_AuthorId",
                        columns: x => new { x.OrganizationId, x.AuthorId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRatings",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRatings", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_MeetingRatings_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingRatings_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrivateNotes",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrivateNotes", x => new { x.OrganizationId, x.Id });
                    table.ForeignKey(
                        name: "FK_PrivateNotes_Meetings_OrganizationId_MeetingId",
                        columns: x => new { x.OrganizationId, x.MeetingId },
                        principalTable: "Meetings",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PrivateNotes_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrivateNotes_People_OrganizationId_AuthorId",
                        columns: x => new { x.OrganizationId, x.AuthorId },
                        principalTable: "People",
                        principalColumns: new[] { "OrganizationId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_AuthorId",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "MeetingId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId_SeriesId_AuthorId",
                table: "AgendaItems",
                columns: new[] { "OrganizationId", "SeriesId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_AskedQuestions_OrganizationId_SeriesId_AskedAt",
                table: "AskedQuestions",
                columns: new[] { "OrganizationId", "SeriesId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_OrganizationId_MeetingId_Source",
                table: "Commitments",
                columns: new[] { "OrganizationId", "MeetingId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_OrganizationId_OwnerId_DoneAt",
                table: "Commitments",
                columns: new[] { "OrganizationId", "OwnerId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_OrganizationId_SeriesId_DueDate",
                table: "Commitments",
                columns: new[] { "OrganizationId", "SeriesId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRatings_OrganizationId_LeadId",
                table: "MeetingRatings",
                columns: new[] { "OrganizationId", "LeadId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRatings_OrganizationId_MeetingId_RaterId",
                table: "MeetingRatings",
                columns: new[] { "OrganizationId", "MeetingId", "RaterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationId_SeriesId_OccursOn",
                table: "Meetings",
                columns: new[] { "OrganizationId", "SeriesId", "OccursOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_OrganizationId_SeriesId_StartsAt",
                table: "Meetings",
                columns: new[] { "OrganizationId", "SeriesId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingTemplates_OrganizationId_TeamId_Name",
                table: "MeetingTemplates",
                columns: new[] { "OrganizationId", "TeamId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_LeadId_PartnerId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "LeadId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_PartnerId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOneSeries_OrganizationId_TemplateId",
                table: "OneOnOneSeries",
                columns: new[] { "OrganizationId", "TemplateId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateNotes_OrganizationId_AuthorId",
                table: "PrivateNotes",
                columns: new[] { "OrganizationId", "AuthorId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrivateNotes_OrganizationId_MeetingId_AuthorId",
                table: "PrivateNotes",
                columns: new[] { "OrganizationId", "MeetingId", "AuthorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateSections_OrganizationId_TemplateId_Position",
                table: "TemplateSections",
                columns: new[] { "OrganizationId", "TemplateId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "AskedQuestions");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "MeetingRatings");

            migrationBuilder.DropTable(
                name: "OrgQuestions");

            migrationBuilder.DropTable(
                name: "PrivateNotes");

            migrationBuilder.DropTable(
                name: "TemplateSections");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "OneOnOneSeries");

            migrationBuilder.DropTable(
                name: "MeetingTemplates");
        }
    }
}
