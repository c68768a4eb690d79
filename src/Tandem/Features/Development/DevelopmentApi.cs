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
        framework.MapPost("/import", async Task<IResult> (HttpRequest request, FrameworkCsv csv, bool? dryRun, CancellationToken ct) =>
            {
                var text = request.ContentLength > CsvTable.MaxBytes ? null : await CsvTable.ReadUploadAsync(request.Body, ct);
                if (text is null) return TypedResults.Problem("The file is larger than 20 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
                var report = await csv.ImportAsync(new StringReader(text), dryRun ?? false, ct);
                return report.Errors.Count == 0 ? TypedResults.Ok(report) : ProblemSetup.Rejected(report);
            })
            .RequireAuthorization(Policies.HrAdmin).WithName("ImportCapabilityFramework")
            .WithSummary("Import categories and capabilities from CSV (HR admin): every row checked first; any error applies nothing; dryRun=true only reports.")
            .Accepts<string>("text/csv").Produces<FrameworkImportReport>().Produces<FrameworkImportReport>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        framework.MapGet("/export", async (FrameworkCsv csv, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await csv.ExportAsync(ct)), "text/csv", "capabilities.csv"))
            .RequireAuthorization(Policies.HrAdmin).WithName("ExportCapabilityFramework").WithSummary("The framework as CSV in the import format (HR admin).")
            .Produces<string>(contentType: "text/csv");

        var gaps = app.MapGroup("/api/v1/capability-gaps").WithTags(Tag).RequireAuthorization(Policies.Member);
        gaps.MapGet("/organization", async Task<Results<Ok<List<OrganizationGap>>, ProblemHttpResult>> (Guid? departmentId, Guid? profileId, GapViews v, CancellationToken ct) =>
                await v.OrganizationAsync(departmentId, profileId, ct) is { } o ? TypedResults.Ok(o) : TypedResults.Problem("HR admins see the organisation's gaps.", statusCode: StatusCodes.Status403Forbidden))
            .RequireAuthorization(Policies.HrAdmin).WithName("GetOrganizationGaps")
            .WithSummary("Where the biggest future gaps are and how many people each affects, optionally for one department or role (HR admin).");
        gaps.MapGet("/team", async Task<Results<Ok<TeamHeatmap>, ProblemHttpResult>> (Guid? teamId, GapViews v, CancellationToken ct) =>
                await v.TeamAsync(teamId, ct) is { } t ? TypedResults.Ok(t) : TypedResults.Problem("HR admins see any team; managers see their reports.", statusCode: StatusCodes.Status403Forbidden))
            .WithName("GetTeamHeatmap").WithSummary("A heatmap of people × capabilities: your direct reports (HR admins: any team).");

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
        people.MapGet("/plan", async Task<Results<Ok<PlanInfo>, ProblemHttpResult>> (Guid personId, PlanService s, CancellationToken ct) =>
                await s.GetAsync(personId, ct) is { } p ? TypedResults.Ok(p) : TypedResults.Problem("No such plan you may read.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetDevelopmentPlan")
            .WithSummary("A person's development plan: theirs always; once shared, also their manager chain's and HR's. Never peers.");

        var plan = app.MapGroup("/api/v1/me/plan").WithTags(Tag).RequireAuthorization(Policies.Member);
        plan.MapPut("/", async (PlanInput input, PlanService s, CancellationToken ct) => (await s.SaveAsync(input, ct)).ToHttp(TypedResults.Ok))
            .WithName("SaveDevelopmentPlan").WithSummary("Write your plan: destination, where you are now, routes, strengths plan.").ProducesOutcome<PlanInfo>();
        plan.MapPost("/share", async (ShareInput input, PlanService s, CancellationToken ct) => (await s.ShareAsync(input, ct)).ToHttp(TypedResults.Ok))
            .WithName("ShareDevelopmentPlan").WithSummary("Share your plan with your manager chain and HR, or keep it a private draft.").ProducesOutcome<PlanInfo>();
        plan.MapPost("/actions", async (ActionInput input, PlanService s, CancellationToken ct) => (await s.AddActionAsync(input, ct)).ToHttp(p => TypedResults.Created("/api/v1/me/plan", p)))
            .WithName("AddDevelopmentAction").WithSummary("Add an action; mark it the next exit (with a date) if it is the very next step.")
            .ProducesOutcome<PlanInfo>(StatusCodes.Status201Created);
        plan.MapPut("/actions/{id:guid}", async (Guid id, ActionUpdate input, PlanService s, CancellationToken ct) => (await s.UpdateActionAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("UpdateDevelopmentAction").WithSummary("Move an action on: status, due date, next exit.").ProducesOutcome<PlanInfo>();

        var resources = app.MapGroup("/api/v1/learning-resources").WithTags(Tag).RequireAuthorization(Policies.Member);
        resources.MapGet("/", async (PlanService s, CancellationToken ct) => TypedResults.Ok(await s.ResourcesAsync(ct)))
            .WithName("ListLearningResources").WithSummary("The learning catalogue, by capability and level.");
        resources.MapPost("/", async (ResourceInput input, PlanService s, CancellationToken ct) =>
                (await s.AddResourceAsync(input, ct)).ToHttp(r => TypedResults.Created("/api/v1/learning-resources", r)))
            .RequireAuthorization(Policies.HrAdmin).WithName("AddLearningResource").WithSummary("Add a learning resource (HR admin).")
            .ProducesOutcome<ResourceInfo>(StatusCodes.Status201Created);
        return app;
    }
}
