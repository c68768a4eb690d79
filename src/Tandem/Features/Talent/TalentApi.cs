using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Talent;

public static class TalentApi
{
    private const string Tag = "Talent review and succession";

    public static IEndpointRouteBuilder MapTalentApi(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/v1/talent-reviews").WithTags(Tag).RequireAuthorization(Policies.Member);
        reviews.MapGet("/", async (TalentQueries s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListTalentReviews").WithSummary("The talent reviews the caller reads: every one for HR admins, their own for participants.");
        reviews.MapPost("/", async (TalentReviewInput input, TalentService s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(r => TypedResults.Created($"/api/v1/talent-reviews/{r.Id}", r)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateTalentReview").WithSummary("Set up a talent review with the people invited to it (HR admins).");
        reviews.MapGet("/{id:guid}", async Task<Results<Ok<TalentReviewDetails>, NotFoundProblem>> (Guid id, TalentQueries s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } r ? TypedResults.Ok(r) : new NotFoundProblem("No such talent review."))
            .WithName("GetTalentReview").WithSummary("A talent review: its participants and key roles with their bench strength (HR admins, its participants).");
        reviews.MapPut("/{id:guid}/participants", async (Guid id, ParticipantsInput input, TalentService s, CancellationToken ct) =>
                (await s.SetParticipantsAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("SetTalentParticipants").WithSummary("Replace the review's participants (HR admins).");
        reviews.MapPost("/{id:guid}/key-roles", async (Guid id, KeyRoleInput input, TalentService s, CancellationToken ct) =>
                (await s.AddRoleAsync(id, input, ct)).ToHttp(r => TypedResults.Created($"/api/v1/key-roles/{r.Id}", r)).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("AddKeyRole").WithSummary("Add a key role to the review: title, holder, whether it leads people, flight risk, impact of loss (HR admins).");

        var roles = app.MapGroup("/api/v1/key-roles").WithTags(Tag).RequireAuthorization(Policies.Member);
        roles.MapGet("/{id:guid}", async Task<Results<Ok<KeyRoleDetails>, NotFoundProblem>> (Guid id, TalentQueries s, CancellationToken ct) =>
                await s.RoleAsync(id, ct) is { } r ? TypedResults.Ok(r) : new NotFoundProblem(NoRole))
            .WithName("GetKeyRole").WithSummary("A key role with its successors and what their development plans say against the nomination (HR admins, the review's participants).");
        roles.MapPut("/{id:guid}", async (Guid id, KeyRoleInput input, TalentService s, CancellationToken ct) =>
                (await s.UpdateRoleAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateKeyRole").WithSummary("Change a key role's assessment, title or holder, against its version (HR admins, the review's participants).");
        roles.MapDelete("/{id:guid}", async (Guid id, TalentService s, CancellationToken ct) =>
                (await s.DeleteRoleAsync(id, ct)).ToHttp(_ => TypedResults.NoContent()).Or<NotFoundProblem, ForbiddenProblem>())
            .WithName("DeleteKeyRole").WithSummary("Remove a key role and its nominations (HR admins).");
        roles.MapPost("/{id:guid}/successors", async (Guid id, SuccessorInput input, TalentService s, CancellationToken ct) =>
                (await s.NominateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("NominateSuccessor").WithSummary("Nominate a successor with their readiness (HR admins, the review's participants; not yourself, not the holder).");
        roles.MapPut("/{id:guid}/successors/{successorId:guid}", async (Guid id, Guid successorId, SuccessorChange input, TalentService s, CancellationToken ct) =>
                (await s.ChangeSuccessorAsync(id, successorId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("ChangeSuccessor").WithSummary("Change a successor's readiness, flight risk or notes, against its version.");
        roles.MapDelete("/{id:guid}/successors/{successorId:guid}", async (Guid id, Guid successorId, TalentService s, CancellationToken ct) =>
                (await s.RemoveSuccessorAsync(id, successorId, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem>())
            .WithName("RemoveSuccessor").WithSummary("Remove a nomination.");
        return app;
    }

    private const string NoRole = "No such key role.";
}
