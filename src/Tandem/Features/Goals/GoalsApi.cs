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
            .WithSummary("Goals you may read, filtered by text, period, department, owner or status, each with its path up the alignment tree.");
        goals.MapGet("/tree", RootsAsync).WithName("GetGoalTreeTop")
            .WithSummary("The top of the alignment tree for a period (goals aligned to nothing, company goals first), keyset-paged.");
        goals.MapGet("/{id:guid}/children", ChildrenAsync).WithName("GetGoalChildren")
            .WithSummary("The goals aligned directly under a goal; private ones you may not read are only counted.");
        goals.MapGet("/{id:guid}", GetAsync).WithName("GetGoal")
            .WithSummary("A goal with its key results, check-in history, path, aligned goals, latest comments and what you may do.");
        goals.MapPost("/", async (GoalInput input, GoalService s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{g.Goal.Id}", g)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateGoal").WithSummary("Write a goal, with key results if you like.");
        goals.MapPut("/{id:guid}", async (Guid id, GoalUpdate update, GoalService s, CancellationToken ct) =>
                (await s.UpdateAsync(id, update, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateGoal").WithSummary("Change a goal (not its owner). Send the version you read; a newer one answers 409.");
        goals.MapDelete("/{id:guid}", async (Guid id, GoalService s, CancellationToken ct) =>
                (await s.DeleteAsync(id, ct)).ToHttp(_ => TypedResults.NoContent()).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .WithName("DeleteGoal").WithSummary("Delete a goal; goals aligned under it stay, unaligned.");
        goals.MapPut("/{id:guid}/status", async (Guid id, StatusInput input, GoalService s, CancellationToken ct) =>
                (await s.SetStatusAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("SetGoalStatus").WithSummary("Mark a goal done or dropped, or reopen it.");
        goals.MapPost("/{id:guid}/key-results", async (Guid id, KeyResultInput input, KeyResultService s, CancellationToken ct) =>
                (await s.AddKeyResultAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{id}", g)).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("AddKeyResult").WithSummary("Add a key result to a goal.");
        goals.MapGet("/{id:guid}/comments", ListCommentsAsync).WithName("ListGoalComments")
            .WithSummary("A goal's comments, newest first, keyset-paged.");
        goals.MapPost("/{id:guid}/comments", async (Guid id, CommentInput input, GoalService s, CancellationToken ct) =>
                (await s.CommentAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{id}", g))
                    .Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, TooManyRequestsProblem>())
            .WithName("CommentOnGoal")
            .WithSummary("Comment on a goal you may read; the owner's managers may propose a change. Limited per person and hour (429).");
        goals.MapPost("/{id:guid}/submit", async (Guid id, GoalService s, CancellationToken ct) =>
                (await s.SubmitAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .WithName("SubmitGoal").WithSummary("Submit your draft goal for your manager's approval.");
        goals.MapPost("/{id:guid}/decision", async (Guid id, ApprovalInput input, GoalService s, CancellationToken ct) =>
                (await s.DecideAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("DecideOnGoal").WithSummary("Approve a report's submitted goal, or ask for changes.");
        goals.MapPost("/{id:guid}/assign", async (Guid id, AssignInput input, GoalAssignments s, CancellationToken ct) =>
                (await s.AssignAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("AssignGoal").WithSummary("Copy a goal to every member of a team or department, aligned to its parent.");

        goals.MapGet("/insights/coverage", async (GoalInsights s, CancellationToken ct) => TypedResults.Ok(await s.CoverageAsync(ct)))
            .WithName("GetAlignmentCoverage").WithSummary("Share of active goals that trace up to a company goal, overall, per department and per team.");
        goals.MapGet("/insights/forecast", async (GoalInsights s, CancellationToken ct) => TypedResults.Ok(await s.ForecastAsync(ct)))
            .WithName("GetForecastAccuracy")
            .WithSummary("How well mid-period confidence predicted final scores, for you and the people below you (HR admins: everyone).");

        goals.MapPost("/import", (HttpRequest request, GoalImport s, [FromQuery] bool? dryRun, CancellationToken ct) =>
                CsvImport.AnswerAsync(request, csv => s.ImportAsync(csv, dryRun ?? false, ct), r => r.Errors.Count > 0, ct))
            .WithName("ImportGoals").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Import goals and key results from CSV (HR admin): every row is checked first; any error applies nothing.")
            .Accepts<string>(CsvFile.MediaType);
        goals.MapGet("/export", async (GoalImport s, CancellationToken ct) => new CsvFile(await s.ExportAsync(ct), "goals.csv"))
            .WithName("ExportGoals").RequireAuthorization(Policies.HrAdmin)
            .WithSummary("Export every goal and key result as CSV in the import format (HR admin).");

        var keyResults = app.MapGroup("/api/v1/key-results").WithTags("Goals").RequireAuthorization(Policies.Member);
        keyResults.MapPut("/{id:guid}", async (Guid id, KeyResultUpdateInput input, KeyResultService s, CancellationToken ct) =>
                (await s.EditKeyResultAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateKeyResult").WithSummary("Change a key result's title, start, target, unit or weight.");
        keyResults.MapDelete("/{id:guid}", async (Guid id, KeyResultService s, CancellationToken ct) =>
                (await s.DeleteKeyResultAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("DeleteKeyResult").WithSummary("Remove a key result and its history.");
        keyResults.MapPost("/{id:guid}/check-ins", async (Guid id, CheckInInput input, KeyResultService s, CancellationToken ct) =>
                (await s.CheckInAsync(id, input, ct)).ToHttp(g => TypedResults.Created($"/api/v1/goals/{g.Goal.Id}", g))
                    .Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("CheckIn").WithSummary("Record a check-in: value (or done), status, confidence and comment. A stale version answers 409 with the current value.");

        var periods = app.MapGroup("/api/v1/goal-periods").WithTags("Goals").RequireAuthorization(Policies.Member);
        periods.MapGet("/", async (GoalPeriods s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListGoalPeriods").WithSummary("Goal periods, newest first; the current and next quarter always exist.");
        periods.MapPost("/", async (PeriodInput input, GoalPeriods s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(p => TypedResults.Created($"/api/v1/goal-periods/{p.Id}", p)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("CreateGoalPeriod").WithSummary("Add a custom goal period (HR admin).");
        periods.MapPost("/{id:guid}/close", async (Guid id, GoalPeriods s, CancellationToken ct) =>
                (await s.CloseAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("CloseGoalPeriod").WithSummary("Close a period: every goal keeps its progress as its score (HR admin).");
        return app;
    }

    private static Task<Results<Ok<Page<GoalMatch>>, BadCursorProblem>> SearchAsync([AsParameters] GoalSearch search, GoalQueries queries,
        CancellationToken ct) =>
        Cursor.ListAsync(search.After, 3, async () =>
        {
            var (matches, next) = await queries.SearchAsync(search, ct);
            return new Page<GoalMatch>(matches, next);
        });

    private static Task<Results<Ok<GoalLevel>, BadCursorProblem>> RootsAsync(Guid? periodId, string? after, int? limit, GoalQueries queries,
        CancellationToken ct) =>
        Cursor.ListAsync(after, 3, () => queries.RootsAsync(new GoalSearch(PeriodId: periodId, After: after, Limit: limit), ct));

    private static Task<Results<Ok<GoalLevel>, BadCursorProblem, NotFoundProblem>> ChildrenAsync(Guid id, Guid? periodId, string? after, int? limit,
        GoalQueries queries, GoalAccess access, CancellationToken ct) =>
        Cursor.ListAsync(after, 3, async () => await access.CanReadAsync(id, ct) ? await queries.ChildrenAsync(id, periodId, after, limit, ct) : null,
            "No such goal.");

    private static Task<Results<Ok<Page<CommentDetails>>, BadCursorProblem, NotFoundProblem>> ListCommentsAsync(Guid id, string? after, int? limit,
        GoalConversation conversation, CancellationToken ct) =>
        Cursor.ListAsync(after, 2, () => conversation.ListAsync(id, after, limit, ct), "No such goal.");

    private static async Task<Results<Ok<GoalDetails>, NotFoundProblem>> GetAsync(Guid id, GoalQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } goal ? TypedResults.Ok(goal) : new NotFoundProblem("No such goal.");
}
