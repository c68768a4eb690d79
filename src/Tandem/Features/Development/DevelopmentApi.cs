using Microsoft.AspNetCore.Http.HttpResults;
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
                (await s.AddCategoryAsync(input, ct)).ToHttp(c => TypedResults.Created("/api/v1/capabilities", c)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCapabilityCategory").WithSummary("Add a category (HR admin).");
        framework.MapPost("/", async (CapabilityInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveCapabilityAsync(null, input, ct)).ToHttp(c => TypedResults.Created("/api/v1/capabilities", c)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCapability").WithSummary("Add a capability to a category (HR admin).");
        framework.MapPut("/{id:guid}", async (Guid id, CapabilityInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveCapabilityAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateCapability").WithSummary("Change a capability (HR admin).");
        framework.MapPut("/scale/{level:int}", async (int level, LevelInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveLevelAsync(level, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateCompetenceLevel").WithSummary("Rename a level of the competence scale (HR admin).");
        framework.MapPost("/import", (HttpRequest request, FrameworkCsv s, bool? dryRun, CancellationToken ct) =>
                CsvImport.AnswerAsync(request, csv => s.ImportAsync(csv, dryRun ?? false, ct), r => r.Errors.Count > 0, ct))
            .RequireAuthorization(Policies.HrAdmin).WithName("ImportCapabilityFramework")
            .WithSummary("Import categories and capabilities from CSV (HR admin): every row checked first; any error applies nothing; dryRun=true only reports.")
            .Accepts<string>(CsvFile.MediaType);
        framework.MapGet("/export", async (FrameworkCsv s, CancellationToken ct) => new CsvFile(await s.ExportAsync(ct), "capabilities.csv"))
            .RequireAuthorization(Policies.HrAdmin).WithName("ExportCapabilityFramework").WithSummary("The framework as CSV in the import format (HR admin).");

        var gaps = app.MapGroup("/api/v1/capability-gaps").WithTags(Tag).RequireAuthorization(Policies.Member);
        gaps.MapGet("/organization", async Task<Results<Ok<List<OrganizationGap>>, ForbiddenProblem>> (Guid? departmentId, Guid? profileId, GapQueries v, CancellationToken ct) =>
                await v.OrganizationAsync(departmentId, profileId, ct) is { } o ? TypedResults.Ok(o) : new ForbiddenProblem("HR admins see the organisation's gaps."))
            .RequireAuthorization(Policies.HrAdmin).WithName("GetOrganizationGaps")
            .WithSummary("Where the biggest future gaps are and how many people each affects, optionally for one department or role (HR admin).");
        gaps.MapGet("/team", async Task<Results<Ok<TeamHeatmap>, ForbiddenProblem>> (Guid? teamId, GapQueries v, CancellationToken ct) =>
                await v.TeamAsync(teamId, ct) is { } t ? TypedResults.Ok(t) : new ForbiddenProblem("HR admins see any team; managers see their reports."))
            .WithName("GetTeamHeatmap").WithSummary("A heatmap of people × capabilities: your direct reports (HR admins: any team).");

        var profiles = app.MapGroup("/api/v1/role-profiles").WithTags(Tag).RequireAuthorization(Policies.Member);
        profiles.MapGet("/", async (FrameworkService s, CancellationToken ct) => TypedResults.Ok(await s.ProfilesAsync(ct)))
            .WithName("ListRoleProfiles").WithSummary("Role profiles: levels each role needs now and by a future date.");
        profiles.MapPost("/", async (RoleProfileInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveProfileAsync(null, input, ct)).ToHttp(p => TypedResults.Created("/api/v1/role-profiles", p)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("CreateRoleProfile").WithSummary("Add a role profile (HR admin).");
        profiles.MapPut("/{id:guid}", async (Guid id, RoleProfileInput input, FrameworkService s, CancellationToken ct) =>
                (await s.SaveProfileAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateRoleProfile").WithSummary("Change a role profile (HR admin).");

        var people = app.MapGroup("/api/v1/people/{personId:guid}").WithTags(Tag).RequireAuthorization(Policies.Member);
        people.MapGet("/capabilities", async Task<Results<Ok<PersonCapabilities>, NotFoundProblem>> (Guid personId, AssessmentService s, CancellationToken ct) =>
                await s.CapabilitiesAsync(personId, ct) is { } c ? TypedResults.Ok(c) : new NotFoundProblem("No such person."))
            .WithName("GetPersonCapabilities")
            .WithSummary("A person's capabilities: self and manager views side by side, the role's levels now and in future, and the gaps (the person, their managers, HR).");
        people.MapPost("/assessments", async (Guid personId, AssessmentInput input, AssessmentService s, CancellationToken ct) =>
                (await s.AssessAsync(personId, input, ct)).ToHttp(c => TypedResults.Created($"/api/v1/people/{personId}/capabilities", c))
                    .Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("AssessCapability").WithSummary("Assess a capability: your own (self), or your direct report's (manager), with evidence.");
        people.MapGet("/plan", async Task<Results<Ok<PlanInfo>, NotFoundProblem>> (Guid personId, PlanService s, CancellationToken ct) =>
                await s.GetAsync(personId, ct) is { } p ? TypedResults.Ok(p) : new NotFoundProblem("No such plan you may read."))
            .WithName("GetDevelopmentPlan")
            .WithSummary("A person's development plan: theirs always; once shared, also their manager chain's and HR's. Never peers.");

        var plan = app.MapGroup("/api/v1/me/plan").WithTags(Tag).RequireAuthorization(Policies.Member);
        plan.MapPut("/", async (PlanInput input, PlanService s, CancellationToken ct) =>
                (await s.SaveAsync(input, ct)).ToHttp(TypedResults.Ok).Or<InvalidProblem, ConflictProblem>())
            .WithName("SaveDevelopmentPlan").WithSummary("Write your plan: destination, where you are now, routes, strengths plan.");
        plan.MapPost("/share", async (ShareInput input, PlanService s, CancellationToken ct) => TypedResults.Ok(await s.ShareAsync(input, ct)))
            .WithName("ShareDevelopmentPlan").WithSummary("Share your plan with your manager chain and HR, or keep it a private draft.");
        plan.MapPost("/actions", async (ActionInput input, PlanService s, CancellationToken ct) =>
                (await s.AddActionAsync(input, ct)).ToHttp(p => TypedResults.Created("/api/v1/me/plan", p)).Or<InvalidProblem>())
            .WithName("AddDevelopmentAction").WithSummary("Add an action; mark it the next exit (with a date) if it is the very next step.");
        plan.MapPut("/actions/{id:guid}", async (Guid id, ActionUpdate input, PlanService s, CancellationToken ct) =>
                (await s.UpdateActionAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("UpdateDevelopmentAction").WithSummary("Move an action on: status, due date, next exit.");

        var resources = app.MapGroup("/api/v1/learning-resources").WithTags(Tag).RequireAuthorization(Policies.Member);
        resources.MapGet("/", async (PlanService s, CancellationToken ct) => TypedResults.Ok(await s.ResourcesAsync(ct)))
            .WithName("ListLearningResources").WithSummary("The learning catalogue, by capability and level.");
        resources.MapPost("/", async (ResourceInput input, PlanService s, CancellationToken ct) =>
                (await s.AddResourceAsync(input, ct)).ToHttp(r => TypedResults.Created("/api/v1/learning-resources", r)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AddLearningResource").WithSummary("Add a learning resource (HR admin).");
        return app;
    }
}
