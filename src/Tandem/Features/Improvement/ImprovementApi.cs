using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Improvement;

public static class ImprovementApi
{
    private const string Tag = "Improvement plans";

    public static IEndpointRouteBuilder MapImprovementApi(this IEndpointRouteBuilder app)
    {
        var person = app.MapGroup("/api/v1/people/{personId:guid}/improvement-plans").WithTags(Tag).RequireAuthorization(Policies.Member);
        person.MapGet("/", async Task<Results<Ok<List<PlanSummary>>, NotFoundProblem>> (Guid personId, ImprovementQueries s, CancellationToken ct) =>
                await s.ListAsync(personId, ct) is { } plans ? TypedResults.Ok(plans) : new NotFoundProblem("No such person."))
            .WithName("ListImprovementPlans").WithSummary("A person's improvement plans (the person, their manager chain, HR admins — audited).");
        person.MapPost("/", async (Guid personId, ImprovementPlanInput input, ImprovementService s, CancellationToken ct) =>
                (await s.CreateAsync(personId, input, ct)).ToHttp(p => TypedResults.Created($"/api/v1/improvement-plans/{p.Id}", p))
                .Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("CreateImprovementPlan")
            .WithSummary("Set up an improvement plan for a direct report: dates, expectations (each written as a private goal of theirs), the support given.");

        var plans = app.MapGroup("/api/v1/improvement-plans").WithTags(Tag).RequireAuthorization(Policies.Member);
        plans.MapGet("/{id:guid}", async Task<Results<Ok<PlanDetails>, NotFoundProblem>> (Guid id, ImprovementQueries s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } p ? TypedResults.Ok(p) : new NotFoundProblem("No such plan."))
            .WithName("GetImprovementPlan").WithSummary("One plan with its expectations' progress and its checkpoints (the person, their manager chain, HR admins — audited).");
        plans.MapPost("/{id:guid}/checkpoints", async (Guid id, CheckpointInput input, ImprovementService s, CancellationToken ct) =>
                (await s.AddCheckpointAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("AddImprovementCheckpoint").WithSummary("Add a checkpoint within the plan, optionally a 1:1 of the two (the manager, HR admins).");
        plans.MapPost("/{id:guid}/checkpoints/{checkpointId:guid}/comment", async (Guid id, Guid checkpointId, CheckpointCommentInput input, ImprovementService s, CancellationToken ct) =>
                (await s.CommentAsync(id, checkpointId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("CommentImprovementCheckpoint").WithSummary("The person's comment on a checkpoint of their plan.");
        plans.MapPost("/{id:guid}/outcome", async (Guid id, OutcomeInput input, ImprovementService s, CancellationToken ct) =>
                (await s.CloseAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("RecordImprovementOutcome").WithSummary("Record the outcome: successful or ended (once), or extended to a later end (the manager, HR admins).");
        return app;
    }
}
