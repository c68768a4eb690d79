using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Development;

public static class DevelopmentApi
{
    private const string Tag = "Development";

    public static IEndpointRouteBuilder MapDevelopmentApi(this IEndpointRouteBuilder app)
    {
        var framework = app.MapGroup("/api/v1/capabilities").WithTags(Tag).RequireAuthorization(Policies.Member);
        framework.MapGet("/", async (FrameworkService s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .WithName("GetCapabilityFramework").WithSummary("The competence scale and the capability framework, by category.");
        framework.MapPost("/categories", async (CategoryInput input, FrameworkService s, CancellationToken ct) =>
                (await s.AddCategoryAsync(input, ct)).ToHttp(c => TypedResults.Created("/api/v1/capabilities", c)))
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCapabilityCategory").WithSummary("Add a category (HR admin).")
            .ProducesOutcome<CategoryInfo>(StatusCodes.Status201Created);
        framework.MapPost("/", async (CapabilityInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveCapabilityAsync(null, input, ct)).ToHttp(c => TypedResults.Created("/api/v1/capabilities", c)))
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCapability").WithSummary("Add a capability to a category (HR admin).")
            .ProducesOutcome<CapabilityInfo>(StatusCodes.Status201Created);
        framework.MapPut("/{id:guid}", async (Guid id, CapabilityInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveCapabilityAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateCapability").WithSummary("Change a capability (HR admin).").ProducesOutcome<CapabilityInfo>();
        framework.MapPut("/scale/{level:int}", async (int level, LevelInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveLevelAsync(level, input, ct)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateCompetenceLevel").WithSummary("Rename a level of the competence scale (HR admin).")
            .ProducesOutcome<LevelInfo>();
        framework.MapPost("/import", async Task<IResult> (HttpRequest request, FrameworkCsv csv, CancellationToken ct) =>
            {
                var text = request.ContentLength > CsvTable.MaxBytes ? null : await CsvTable.ReadUploadAsync(request.Body, ct);
                if (text is null) return TypedResults.Problem("The file is larger than 20 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
                var report = await csv.ImportAsync(new StringReader(text), ct);
                return report.Errors.Count == 0 ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status422UnprocessableEntity);
            })
            .RequireAuthorization(Policies.HrAdmin).WithName("ImportCapabilityFramework")
            .WithSummary("Import categories and capabilities from CSV (HR admin): every row checked first; any error applies nothing.")
            .Accepts<string>("text/csv").Produces<FrameworkImportReport>().Produces<FrameworkImportReport>(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        framework.MapGet("/export", async (FrameworkCsv csv, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await csv.ExportAsync(ct)), "text/csv", "capabilities.csv"))
            .RequireAuthorization(Policies.HrAdmin).WithName("ExportCapabilityFramework").WithSummary("The framework as CSV in the import format (HR admin).")
            .Produces<string>(contentType: "text/csv");

        var profiles = app.MapGroup("/api/v1/role-profiles").WithTags(Tag).RequireAuthorization(Policies.Member);
        profiles.MapGet("/", async (FrameworkService s, CancellationToken ct) => TypedResults.Ok(await s.ProfilesAsync(ct)))
            .WithName("ListRoleProfiles").WithSummary("Role profiles: levels each role needs now and by a future date.");
        profiles.MapPost("/", async (RoleProfileInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveProfileAsync(null, input, ct)).ToHttp(p => TypedResults.Created("/api/v1/role-profiles", p)))
            .RequireAuthorization(Policies.HrAdmin).WithName("CreateRoleProfile").WithSummary("Add a role profile (HR admin).")
            .ProducesOutcome<RoleProfileInfo>(StatusCodes.Status201Created);
        profiles.MapPut("/{id:guid}", async (Guid id, RoleProfileInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveProfileAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateRoleProfile").WithSummary("Change a role profile (HR admin).").ProducesOutcome<RoleProfileInfo>();

        var people = app.MapGroup("/api/v1/people/{personId:guid}").WithTags(Tag).RequireAuthorization(Policies.Member);
        people.MapGet("/capabilities", async Task<Results<Ok<PersonCapabilities>, ProblemHttpResult>> (Guid personId, AssessmentService s, CancellationToken ct) =>
                await s.CapabilitiesAsync(personId, ct) is { } c ? TypedResults.Ok(c) : TypedResults.Problem("No such person.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetPersonCapabilities")
            .WithSummary("A person's capabilities: self and manager views side by side, the role's levels now and in future, and the gaps (the person, their managers, HR).");
        people.MapPost("/assessments", async (Guid personId, AssessmentInput input, AssessmentService s, CancellationToken ct) =>
                (await s.AssessAsync(personId, input, ct)).ToHttp(c => TypedResults.Created($"/api/v1/people/{personId}/capabilities", c)))
            .WithName("AssessCapability").WithSummary("Assess a capability: your own (self), or your direct report's (manager), with evidence.")
            .ProducesOutcome<PersonCapabilities>(StatusCodes.Status201Created);
        return app;
    }
}
