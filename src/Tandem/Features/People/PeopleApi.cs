using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tandem.Data;
using Tandem.Features.Accounts;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People").RequireAuthorization(Policies.Member);
        people.MapGet("/", ListAsync).WithName("ListPeople")
            .WithSummary("People in your organisation, by name, keyset-paged.")
            .Produces<Page<PersonSummary>>().ProducesValidationProblem();
        people.MapGet("/{id:guid}", GetAsync).WithName("GetPerson")
            .WithSummary("A person with their manager chain and direct reports.");
        people.MapPost("/", CreateAsync).WithName("CreatePerson").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Add a person (HR admin).").ProducesOutcome<PersonDetails>(StatusCodes.Status201Created);
        people.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePerson").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Change a person (HR admin). Send the version you read; a newer one answers 409.")
            .ProducesOutcome<PersonDetails>();
        people.MapPut("/{id:guid}/roles", SetRolesAsync).WithName("SetPersonRoles").RequireAuthorization(Policies.OrgAdmin)
            .WithSummary("Grant or remove the HR admin and org admin roles (org admin).").ProducesOutcome<PersonDetails>();
        people.MapPost("/{id:guid}/invitation", InviteAsync).WithName("InvitePerson").RequireAuthorization(Policies.Admin)
            .WithSummary("Issue a new one-time sign-up link for a person without an account (HR admin; org admin for people who hold a role).")
            .ProducesOutcome<InvitationLink>();
        people.MapPost("/import", ImportAsync).WithName("ImportPeople").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Import the org chart from CSV (HR admin): every row is checked first; any error applies nothing. The answer counts " +
                         "the people created, updated, unchanged and invited, and lists the first 1,000 problems by row (errorCount has them all); " +
                         "invitation links are created per person afterwards (ListInvitations, InvitePerson).")
            .Accepts<string>("text/csv")
            .Produces<ImportReport>().Produces<ImportReport>(StatusCodes.Status422UnprocessableEntity, "application/problem+json");
        people.MapGet("/export", ExportAsync).WithName("ExportPeople").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Export the org chart as CSV in the import format (HR admin).")
            .Produces<string>(contentType: "text/csv");

        var chart = app.MapGroup("/api/v1/org-chart").WithTags("People").RequireAuthorization(Policies.Member);
        chart.MapGet("/", ChildrenAsync).WithName("GetOrgChartLevel")
            .WithSummary("One level of the reporting tree: the top, or the direct reports of managerId; by name, keyset-paged.")
            .Produces<Page<OrgChartNode>>().ProducesValidationProblem();
        chart.MapGet("/search", SearchAsync).WithName("SearchOrgChart")
            .WithSummary("People whose name or title matches, each with their path from the top.")
            .Produces<List<OrgChartMatch>>().ProducesValidationProblem();

        var units = app.MapGroup("/api/v1").WithTags("Departments and teams").RequireAuthorization(Policies.Member);
        units.MapGet("/departments", async (OrgUnits s, CancellationToken ct) => TypedResults.Ok(await s.DepartmentsAsync(ct)))
            .WithName("ListDepartments").WithSummary("Departments with head counts.");
        units.MapPost("/departments", async (OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveDepartmentAsync(null, input, ct)).ToHttp(d => TypedResults.Created($"/api/v1/departments/{d.Id}", d)))
            .WithName("CreateDepartment").RequireAuthorization(Policies.HrAdmin).WithSummary("Add a department (HR admin).")
            .ProducesOutcome<DepartmentInfo>(StatusCodes.Status201Created);
        units.MapPut("/departments/{id:guid}", async (Guid id, OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveDepartmentAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("RenameDepartment").RequireAuthorization(Policies.HrAdmin).WithSummary("Rename a department (HR admin).")
            .ProducesOutcome<DepartmentInfo>();
        units.MapGet("/teams", async (OrgUnits s, CancellationToken ct) => TypedResults.Ok(await s.TeamsAsync(ct)))
            .WithName("ListTeams").WithSummary("Teams with their departments and head counts.");
        units.MapPost("/teams", async (OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveTeamAsync(null, input, ct)).ToHttp(t => TypedResults.Created($"/api/v1/teams/{t.Id}", t)))
            .WithName("CreateTeam").RequireAuthorization(Policies.HrAdmin).WithSummary("Add a team (HR admin).")
            .ProducesOutcome<TeamInfo>(StatusCodes.Status201Created);
        units.MapPut("/teams/{id:guid}", async (Guid id, OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveTeamAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("UpdateTeam").RequireAuthorization(Policies.HrAdmin).WithSummary("Rename a team or move it to another department (HR admin).")
            .ProducesOutcome<TeamInfo>();
        return app;
    }

    private static async Task<IResult> ListAsync([AsParameters] PeopleQuery query, PeopleService people, CancellationToken ct) =>
        ApiConventions.IsBadCursor(query.After, 2)
            ? ApiConventions.BadCursor()
            : TypedResults.Ok(await people.ListAsync(query, ct));

    private static async Task<Results<Ok<PersonDetails>, ProblemHttpResult>> GetAsync(Guid id, PeopleService people, CancellationToken ct) =>
        await people.GetAsync(id, ct) is { } person
            ? TypedResults.Ok(person)
            : TypedResults.Problem("No such person.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> CreateAsync(PersonInput input, PeopleService people, CancellationToken ct) =>
        (await people.CreateAsync(input, ct)).ToHttp(p => TypedResults.Created($"/api/v1/people/{p.Id}", p));

    private static async Task<IResult> UpdateAsync(Guid id, PersonUpdate update, PeopleService people, CancellationToken ct) =>
        (await people.UpdateAsync(id, update, ct)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> SetRolesAsync(Guid id, RolesInput input, PeopleService people, CancellationToken ct) =>
        (await people.SetRolesAsync(id, input, ct)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> InviteAsync(Guid id, Invitations invitations, CancellationToken ct) =>
        (await invitations.InviteAsync(id, ct)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> ImportAsync(HttpRequest request, OrgImport import, [FromQuery] bool? dryRun, CancellationToken ct)
    {
        using var csv = await CsvTable.OpenUploadAsync(request, ct);
        if (csv is null)
            return TypedResults.Problem($"The file is larger than {CsvTable.MaxBytes / 1_000_000} MB; split it into smaller files.",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        var report = await import.ImportAsync(csv, dryRun ?? false, ct);
        return report.ErrorCount == 0
            ? TypedResults.Ok(report)
            : ProblemSetup.Rejected(report);
    }

    private static async Task<IResult> ExportAsync(OrgImport import, CancellationToken ct) =>
        TypedResults.File(Encoding.UTF8.GetBytes(await import.ExportAsync(ct)), "text/csv", "people.csv");

    private static async Task<IResult> ChildrenAsync(Guid? managerId, string? after, int? limit, OrgChart chart, CancellationToken ct) =>
        ApiConventions.IsBadCursor(after, 2)
            ? ApiConventions.BadCursor()
            : TypedResults.Ok(await chart.ChildrenAsync(managerId, after, limit, ct));

    private static async Task<IResult> SearchAsync(string? q, OrgChart chart, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(q)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Enter a name or title to search for."] })
            : TypedResults.Ok(await chart.SearchAsync(q, ct));
}
