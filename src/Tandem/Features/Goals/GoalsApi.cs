using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

public static class GoalsApi
{
    public static IEndpointRouteBuilder MapGoalsApi(this IEndpointRouteBuilder app)
    {
        var goals = app.MapGroup("/api/v1/goals").WithTags("Goals").RequireAuthorization(Policies.Member);
        goals.MapGet("/", SearchAsync).WithName("SearchGoals")
            .WithSummary("Goals you may read, filtered by text, period, department, owner or status, each with its path up the alignment tree.")
            .Produces<Page<GoalMatch>>().ProducesValidationProblem();
        goals.MapGet("/tree", RootsAsync).WithName("GetGoalTreeTop")
            .WithSummary("The top of the alignment tree for a period (goals aligned to nothing, company goals first), keyset-paged.")
            .Produces<GoalLevel>().ProducesValidationProblem();
        goals.MapGet("/{id:guid}/children", ChildrenAsync).WithName("GetGoalChildren")
            .WithSummary("The goals aligned directly under a goal; private ones you may not read are only counted.")
            .Produces<GoalLevel>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapGet("/{id:guid}", GetAsync).WithName("GetGoal")
            .WithSummary("A goal with its key results, check-in history, path, aligned goals, latest comments and what you may do.");
        goals.MapPost("/", async (GoalInput input, GoalService s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{g.Goal.Id}", g)))
            .WithName("CreateGoal").WithSummary("Write a goal, with key results if you like.").ProducesOutcome<GoalDetails>(StatusCodes.Status201Created);
        goals.MapPut("/{id:guid}", async (Guid id, GoalUpdate update, GoalService s, CancellationToken ct) =>
                (await s.UpdateAsync(id, update, ct)).ToHttp(TypedResults.Ok))
            .WithName("UpdateGoal").WithSummary("Change a goal (not its owner). Send the version you read; a newer one answers 409.")
            .ProducesOutcome<GoalDetails>();
        goals.MapDelete("/{id:guid}", async (Guid id, GoalService s, CancellationToken ct) =>
                (await s.DeleteAsync(id, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteGoal").WithSummary("Delete a goal; goals aligned under it stay, unaligned.")
            .Produces(StatusCodes.Status204NoContent).ProducesFailures();
        goals.MapPut("/{id:guid}/status", async (Guid id, StatusInput input, GoalService s, CancellationToken ct) =>
                (await s.SetStatusAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("SetGoalStatus").WithSummary("Mark a goal done or dropped, or reopen it.").ProducesOutcome<GoalDetails>();
        goals.MapPost("/{id:guid}/key-results", async (Guid id, KeyResultInput input, KeyResultService s, CancellationToken ct) =>
                (await s.AddKeyResultAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{id}", g)))
            .WithName("AddKeyResult").WithSummary("Add a key result to a goal.").ProducesOutcome<GoalDetails>(StatusCodes.Status201Created);
        goals.MapGet("/{id:guid}/comments", ListCommentsAsync).WithName("ListGoalComments")
            .WithSummary("A goal's comments, newest first, keyset-paged.")
            .Produces<Page<CommentDetails>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        goals.MapPost("/{id:guid}/comments", async (Guid id, CommentInput input, GoalService s, CancellationToken ct) =>
                (await s.CommentAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{id}", g)))
            .WithName("CommentOnGoal")
            .WithSummary("Comment on a goal you may read; the owner's managers may propose a change. Limited per person and hour (429).")
            .ProducesOutcome<GoalDetails>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status429TooManyRequests);
        goals.MapPost("/{id:guid}/submit", async (Guid id, GoalService s, CancellationToken ct) =>
                (await s.SubmitAsync(id, ct)).ToHttp(TypedResults.Ok))
            .WithName("SubmitGoal").WithSummary("Submit your draft goal for your manager's approval.").ProducesOutcome<GoalDetails>();
        goals.MapPost("/{id:guid}/decision", async (Guid id, ApprovalInput input, GoalService s, CancellationToken ct) =>
                (await s.DecideAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("DecideOnGoal").WithSummary("Approve a report's submitted goal, or ask for changes.").ProducesOutcome<GoalDetails>();
        goals.MapPost("/{id:guid}/assign", async (Guid id, AssignInput input, GoalAssignments s, CancellationToken ct) =>
                (await s.AssignAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("AssignGoal").WithSummary("Copy a goal to every member of a team or department, aligned to its parent.")
            .ProducesOutcome<AssignResult>();

        goals.MapGet("/insights/coverage", async (GoalInsights s, CancellationToken ct) => TypedResults.Ok(await s.CoverageAsync(ct)))
            .WithName("GetAlignmentCoverage").WithSummary("Share of active goals that trace up to a company goal, overall, per department and per team.");
        goals.MapGet("/insights/forecast", async (GoalInsights s, CancellationToken ct) => TypedResults.Ok(await s.ForecastAsync(ct)))
            .WithName("GetForecastAccuracy")
            .WithSummary("How well mid-period confidence predicted final scores, for you and the people below you (HR admins: everyone).");

        goals.MapPost("/import", ImportAsync).WithName("ImportGoals").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Import goals and key results from CSV (HR admin): every row is checked first; any error applies nothing.")
            .Accepts<string>("text/csv").Produces<GoalImportReport>().Produces<GoalImportReport>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        goals.MapGet("/export", async (GoalImport s, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await s.ExportAsync(ct)), "text/csv", "goals.csv"))
            .WithName("ExportGoals").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Export every goal and key result as CSV in the import format (HR admin).").Produces<string>(contentType: "text/csv");

        var keyResults = app.MapGroup("/api/v1/key-results").WithTags("Goals").RequireAuthorization(Policies.Member);
        keyResults.MapPut("/{id:guid}", async (Guid id, KeyResultUpdateInput input, KeyResultService s, CancellationToken ct) =>
                (await s.EditKeyResultAsync(id, input, ct)).ToHttp(TypedResults.Ok))
            .WithName("UpdateKeyResult").WithSummary("Change a key result's title, start, target, unit or weight.").ProducesOutcome<GoalDetails>();
        keyResults.MapDelete("/{id:guid}", async (Guid id, KeyResultService s, CancellationToken ct) =>
                (await s.DeleteKeyResultAsync(id, ct)).ToHttp(TypedResults.Ok))
            .WithName("DeleteKeyResult").WithSummary("Remove a key result and its history.").ProducesOutcome<GoalDetails>();
        keyResults.MapPost("/{id:guid}/check-ins", async (Guid id, CheckInInput input, KeyResultService s, CancellationToken ct) =>
                (await s.CheckInAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{g.Goal.Id}", g)))
            .WithName("CheckIn").WithSummary("Record a check-in: value (or done), status, confidence and comment. A stale version answers 409 with the current value.")
            .ProducesOutcome<GoalDetails>(StatusCodes.Status201Created);

        var periods = app.MapGroup("/api/v1/goal-periods").WithTags("Goals").RequireAuthorization(Policies.Member);
        periods.MapGet("/", async (GoalPeriods s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListGoalPeriods").WithSummary("Goal periods, newest first; the current and next quarter always exist.");
        periods.MapPost("/", async (PeriodInput input, GoalPeriods s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(p => TypedResults.Created($"/api/v1/goal-periods/{p.Id}", p)))
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("CreateGoalPeriod").WithSummary("Add a custom goal period (HR admin).").ProducesOutcome<PeriodInfo>(StatusCodes.Status201Created);
        periods.MapPost("/{id:guid}/close", async (Guid id, GoalPeriods s, CancellationToken ct) =>
                (await s.CloseAsync(id, ct)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("CloseGoalPeriod").WithSummary("Close a period: every goal keeps its progress as its score (HR admin).")
            .ProducesOutcome<PeriodInfo>();
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, GoalImport import, [FromQuery] bool? dryRun, CancellationToken ct)
    {
        var csv = request.ContentLength > Data.CsvTable.MaxBytes ? null : await Data.CsvTable.ReadUploadAsync(request.Body, ct);
        if (csv is null)
            return TypedResults.Problem("The file is larger than 20 MB; split it into smaller files.", statusCode: StatusCodes.Status413PayloadTooLarge);
        var report = await import.ImportAsync(new StringReader(csv), dryRun ?? false, ct);
        return report.Errors.Count == 0 ? TypedResults.Ok(report) : ProblemSetup.Rejected(report);
    }

    private static async Task<IResult> SearchAsync([AsParameters] GoalSearch search, GoalQueries queries, CancellationToken ct)
    {
        if (ApiConventions.IsBadCursor(search.After, 3)) return ApiConventions.BadCursor();
        var (matches, next) = await queries.SearchAsync(search, ct);
        return TypedResults.Ok(new Page<GoalMatch>(matches, next));
    }

    private static async Task<IResult> RootsAsync(Guid? periodId, string? after, int? limit, GoalQueries queries, CancellationToken ct) =>
        ApiConventions.IsBadCursor(after, 3)
            ? ApiConventions.BadCursor()
            : TypedResults.Ok(await queries.RootsAsync(new GoalSearch(PeriodId: periodId, After: after, Limit: limit), ct));

    private static async Task<IResult> ChildrenAsync(Guid id, Guid? periodId, string? after, int? limit, GoalQueries queries, GoalAccess access,
        CancellationToken ct)
    {
        if (ApiConventions.IsBadCursor(after, 3)) return ApiConventions.BadCursor();
        if (!await access.CanReadAsync(id, ct)) return TypedResults.Problem("No such goal.", statusCode: StatusCodes.Status404NotFound);
        return TypedResults.Ok(await queries.ChildrenAsync(id, periodId, after, limit, ct));
    }

    private static async Task<IResult> ListCommentsAsync(Guid id, string? after, int? limit, GoalConversation conversation, CancellationToken ct) =>
        ApiConventions.IsBadCursor(after, 2) ? ApiConventions.BadCursor()
        : await conversation.ListAsync(id, after, limit, ct) is { } page ? TypedResults.Ok(page)
        : TypedResults.Problem("No such goal.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<GoalDetails>, ProblemHttpResult>> GetAsync(Guid id, GoalQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } goal
            ? TypedResults.Ok(goal)
            : TypedResults.Problem("No such goal.", statusCode: StatusCodes.Status404NotFound);
}
