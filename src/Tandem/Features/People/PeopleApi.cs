using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People").RequireAuthorization(Policies.Member);
        people.MapGet("/", ListAsync).WithName("ListPeople")
            .WithSummary("People in your organisation, by name, keyset-paged.");
        people.MapGet("/{id:guid}", GetAsync).WithName("GetPerson")
            .WithSummary("A person with their manager chain and direct reports.");
        people.MapPost("/", async (PersonInput input, PeopleService s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(p => TypedResults.Created($"/api/v1/people/{p.Id}", p)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreatePerson").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Add a person (HR admin).");
        people.MapPut("/{id:guid}", async (Guid id, PersonUpdate update, PeopleService s, CancellationToken ct) =>
                (await s.UpdateAsync(id, update, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdatePerson").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Change a person (HR admin). Send the version you read; a newer one answers 409.");
        people.MapPut("/{id:guid}/roles", async (Guid id, RolesInput input, PeopleService s, CancellationToken ct) =>
                (await s.SetRolesAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("SetPersonRoles").RequireAuthorization(Policies.OrgAdmin)
            .WithSummary("Grant or remove the HR admin and org admin roles (org admin).");
        people.MapPost("/import", ImportAsync).WithName("ImportPeople").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Import the org chart from CSV (HR admin): every row is checked first; any error applies nothing. The answer counts " +
                         "the people created, updated, unchanged and invited, and lists the first 1,000 problems by row (errorCount has them all); " +
                         "invitation links are created per person afterwards (ListInvitations, InvitePerson).")
            .Accepts<string>(CsvFile.MediaType);
        people.MapGet("/export", ExportAsync).WithName("ExportPeople").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Export the org chart as CSV in the import format (HR admin).");

        var attributes = app.MapGroup("/api/v1/person-attributes").WithTags("People").RequireAuthorization(Policies.HrAdmin);
        attributes.MapGet("/", async (AttributeImport s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListPersonAttributes").WithSummary("The optional attributes recorded for the equity view, with how many people have each (HR admin).");
        attributes.MapPost("/import", AttributesAsync).WithName("ImportPersonAttributes")
            .WithSummary("Record attributes from CSV with the columns email, attribute, value (an empty value clears it), all or nothing (HR admin).")
            .Accepts<string>(CsvFile.MediaType);
        attributes.MapDelete("/", async Task<Results<NoContent, ValidationProblem>> ([FromQuery] string? name, AttributeImport s, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(name)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Name the attribute to remove."] });
                await s.RemoveAsync(name, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemovePersonAttribute").WithSummary("Remove an attribute from everyone (HR admin); removing one that isn't recorded changes nothing.");

        var chart = app.MapGroup("/api/v1/org-chart").WithTags("People").RequireAuthorization(Policies.Member);
        chart.MapGet("/", ChildrenAsync).WithName("GetOrgChartLevel")
            .WithSummary("One level of the reporting tree: the top, or the direct reports of managerId; by name, keyset-paged.");
        chart.MapGet("/search", SearchAsync).WithName("SearchOrgChart")
            .WithSummary("People whose name or title matches, each with their path from the top.");

        var units = app.MapGroup("/api/v1").WithTags("Departments and teams").RequireAuthorization(Policies.Member);
        units.MapGet("/departments", async (OrgUnits s, CancellationToken ct) => TypedResults.Ok(await s.DepartmentsAsync(ct)))
            .WithName("ListDepartments").WithSummary("Departments with head counts.");
        units.MapPost("/departments", async (OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveDepartmentAsync(null, input, ct)).ToHttp(d => TypedResults.Created($"/api/v1/departments/{d.Id}", d)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateDepartment").RequireAuthorization(Policies.HrAdmin).WithSummary("Add a department (HR admin).");
        units.MapPut("/departments/{id:guid}", async (Guid id, OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveDepartmentAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("RenameDepartment").RequireAuthorization(Policies.HrAdmin).WithSummary("Rename a department (HR admin).");
        units.MapGet("/teams", async (OrgUnits s, CancellationToken ct) => TypedResults.Ok(await s.TeamsAsync(ct)))
            .WithName("ListTeams").WithSummary("Teams with their departments and head counts.");
        units.MapPost("/teams", async (OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveTeamAsync(null, input, ct)).ToHttp(t => TypedResults.Created($"/api/v1/teams/{t.Id}", t)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateTeam").RequireAuthorization(Policies.HrAdmin).WithSummary("Add a team (HR admin).");
        units.MapPut("/teams/{id:guid}", async (Guid id, OrgUnitInput input, OrgUnits s, CancellationToken ct) =>
                (await s.SaveTeamAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("UpdateTeam").RequireAuthorization(Policies.HrAdmin).WithSummary("Rename a team or move it to another department (HR admin).");
        return app;
    }

    private static Task<Results<Ok<Page<PersonSummary>>, BadCursorProblem>> ListAsync([AsParameters] PeopleFilter query, PeopleQueries people,
        CancellationToken ct) =>
        Cursor.ListAsync(query.After, 2, () => people.ListAsync(query, ct));

    private static async Task<Results<Ok<PersonDetails>, NotFoundProblem>> GetAsync(Guid id, PeopleQueries people, CancellationToken ct) =>
        await people.GetAsync(id, ct) is { } person ? TypedResults.Ok(person) : new NotFoundProblem("No such person.");

    private static Task<Results<Ok<ImportReport>, RejectedImport<ImportReport>, TooLargeProblem>> ImportAsync(HttpRequest request, OrgImport import,
        [FromQuery] bool? dryRun, CancellationToken ct) =>
        CsvImport.AnswerAsync(request, csv => import.ImportAsync(csv, dryRun ?? false, ct), r => r.ErrorCount > 0, ct);

    private static Task<Results<Ok<AttributeReport>, RejectedImport<AttributeReport>, TooLargeProblem>> AttributesAsync(HttpRequest request, AttributeImport import,
        [FromQuery] bool? dryRun, CancellationToken ct) =>
        CsvImport.AnswerAsync(request, csv => import.ImportAsync(csv, dryRun ?? false, ct), r => r.ErrorCount > 0, ct);

    private static async Task<CsvFile> ExportAsync(OrgImport import, CancellationToken ct) => new(await import.ExportAsync(ct), "people.csv");

    private static Task<Results<Ok<Page<OrgChartNode>>, BadCursorProblem>> ChildrenAsync(Guid? managerId, string? after, int? limit, OrgChart chart,
        CancellationToken ct) =>
        Cursor.ListAsync(after, 2, () => chart.ChildrenAsync(managerId, after, limit, ct));

    private static async Task<Results<Ok<List<OrgChartMatch>>, ValidationProblem>> SearchAsync(string? q, OrgChart chart, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(q)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Enter a name or title to search for."] })
            : TypedResults.Ok(await chart.SearchAsync(q, ct));
}
