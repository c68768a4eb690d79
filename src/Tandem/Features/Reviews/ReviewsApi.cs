using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

public static class ReviewsApi
{
    private const string Tag = "Reviews";

    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/v1/review-templates").WithTags(Tag).RequireAuthorization(Policies.HrAdmin);
        templates.MapGet("/", async (ReviewTemplates s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithName("ListReviewTemplates").WithSummary("The current version of each review template (HR admin).");
        templates.MapGet("/library", () => TypedResults.Ok(StarterTemplates.All))
            .WithName("ListStarterReviewTemplates").WithSummary("The starter templates that can be added and adapted (HR admin).");
        templates.MapPost("/library", async (StarterInput input, ReviewTemplates s, CancellationToken ct) =>
                (await s.AddStarterAsync(input.Key, ct)).ToHttp(t => TypedResults.Created($"/api/v1/review-templates/{t.Id}", t)).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("AddStarterReviewTemplate").WithSummary("Add a starter template to the organisation's templates (HR admin).");
        templates.MapGet("/{id:guid}", async Task<Results<Ok<ReviewTemplateInfo>, NotFoundProblem>> (Guid id, ReviewTemplates s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } t ? TypedResults.Ok(t) : new NotFoundProblem("No such template."))
            .WithName("GetReviewTemplate").WithSummary("One version of a template (HR admin).");
        templates.MapPost("/", async (ReviewTemplateInput input, ReviewTemplates s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(t => TypedResults.Created($"/api/v1/review-templates/{t.Id}", t)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateReviewTemplate").WithSummary("Add a template: sections, questions, an optional rating scale and weights (HR admin).");
        templates.MapPut("/{id:guid}", async (Guid id, ReviewTemplateInput input, ReviewTemplates s, CancellationToken ct) =>
                (await s.UpdateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateReviewTemplate")
            .WithSummary("Change a template (HR admin). A version a cycle has opened with is kept: the change becomes the next version.");

        var cycles = app.MapGroup("/api/v1/review-cycles").WithTags(Tag).RequireAuthorization(Policies.Member);
        cycles.MapGet("/", async (ReviewCycles s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .RequireAuthorization(Policies.HrAdmin).WithName("ListReviewCycles").WithSummary("Every review cycle, newest period first (HR admin).");
        cycles.MapPost("/", async (CycleInput input, ReviewCycles s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(c => TypedResults.Created($"/api/v1/review-cycles/{c.Id}", c)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("CreateReviewCycle").WithSummary("Set up a cycle: kind, period, population, templates, phases (HR admin).");
        cycles.MapGet("/{id:guid}", async Task<Results<Ok<CycleInfo>, NotFoundProblem>> (Guid id, ReviewCycles s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : new NotFoundProblem("No such cycle."))
            .RequireAuthorization(Policies.HrAdmin).WithName("GetReviewCycle").WithSummary("A cycle's setup and phase (HR admin).");
        cycles.MapPut("/{id:guid}", async (Guid id, CycleInput input, ReviewCycles s, CancellationToken ct) =>
                (await s.UpdateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateReviewCycle").WithSummary("Change a cycle (HR admin); once open, only its name and dates.");
        cycles.MapGet("/{id:guid}/preview", async (Guid id, ReviewCycles s, CancellationToken ct) =>
                (await s.PreviewAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("PreviewReviewCycle").WithSummary("Who would be in the cycle and who reviews whom (HR admin).");
        cycles.MapPost("/{id:guid}/open", async (Guid id, AdvanceInput input, CycleOpening s, CancellationToken ct) =>
                (await s.OpenAsync(id, input, ct)).ToHttp(n => TypedResults.Ok(new CountResult(n))).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("OpenReviewCycle")
            .WithSummary("Open the cycle: every review it asks for is created and the self reviews start (HR admin).");
        cycles.MapPost("/{id:guid}/advance", async (Guid id, AdvanceInput input, ReviewCycles s, CancellationToken ct) =>
                (await s.AdvanceAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AdvanceReviewCycle").WithSummary("Move the cycle to its next phase (HR admin).");
        cycles.MapPost("/{id:guid}/participants", async (Guid id, ParticipantInput input, CycleOpening s, CancellationToken ct) =>
                (await s.AddAsync(id, input, ct)).ToHttp(n => TypedResults.Ok(new CountResult(n))).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCycleParticipant").WithSummary("Add a late joiner to an open cycle (HR admin).");
        cycles.MapDelete("/{id:guid}/participants/{personId:guid}", async (Guid id, Guid personId, CycleOpening s, CancellationToken ct) =>
                (await s.ExcludeAsync(id, personId, ct)).ToHttp(n => TypedResults.Ok(new CountResult(n))).Or<NotFoundProblem, ForbiddenProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("ExcludeCycleParticipant").WithSummary("Take someone out of a cycle; their reviews stay (HR admin).");
        cycles.MapGet("/{id:guid}/progress", async (Guid id, CycleProgress s, CancellationToken ct) =>
                (await s.GetAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("GetReviewCycleProgress").WithSummary("Reviews by kind and state, overdue ones, managers behind (HR admin).");
        cycles.MapGet("/{id:guid}/export", async Task<Results<CsvStream, NotFoundProblem>> (Guid id, ReviewCycles cycles, CycleProgress s, CancellationToken ct) =>
                await cycles.GetAsync(id, ct) is null ? new NotFoundProblem("No such cycle.")
                    : new CsvStream(CycleProgress.ExportColumns, s.ExportAsync(id, ct), "review-results.csv"))
            .RequireAuthorization(Policies.HrAdmin).WithName("ExportReviewCycleResults").WithSummary("Each person's results as CSV, streamed (HR admin).");
        cycles.MapPut("/{id:guid}/nominations", async (Guid id, PeersInput input, PeerNominations s, CancellationToken ct) =>
                (await s.ProposeAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("ProposePeers").WithSummary("Propose 3–5 peers for your own review; your manager approves or changes them.");

        var person = cycles.MapGroup("/{id:guid}/people/{personId:guid}");
        person.MapGet("/", async Task<Results<Ok<ReviewResults>, NotFoundProblem>> (Guid id, Guid personId, ResultsService s, CancellationToken ct) =>
                await s.GetAsync(id, personId, ct) is { } r ? TypedResults.Ok(r) : new NotFoundProblem("No such review you may read."))
            .WithName("GetReviewResults")
            .WithSummary("A person's submitted reviews of a cycle: theirs once released; their manager chain's and HR's. Upward reviews only as an aggregate.");
        person.MapGet("/nominations", async Task<Results<Ok<NominationsInfo>, NotFoundProblem>> (Guid id, Guid personId, PeerNominations s, CancellationToken ct) =>
                await s.GetAsync(id, personId, ct) is { } n ? TypedResults.Ok(n) : new NotFoundProblem("No such person in this cycle."))
            .WithName("GetPeerNominations").WithSummary("The peers proposed for a person's review (the person, their reviewing manager, HR).");
        person.MapPut("/nominations", async (Guid id, Guid personId, PeersInput input, PeerNominations s, CancellationToken ct) =>
                (await s.DecideAsync(id, personId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("DecidePeers").WithSummary("The manager's final list of peers: approved ones are asked for a peer review.");
        person.MapPost("/release", async (Guid id, Guid personId, ResultsService s, CancellationToken ct) =>
                (await s.ReleaseAsync(id, personId, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .WithName("ReleaseReview").WithSummary("Release a person's review to them (their reviewing manager, or HR).");
        person.MapPut("/recognition", async (Guid id, Guid personId, RecognitionInput input, ResultsService s, CancellationToken ct) =>
                (await s.RecogniseAsync(id, personId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("RecordRecognition")
            .WithSummary("Record what the cycle leads to: a note, a promotion or raise recommendation (reviewing manager, HR); read by HR and the manager chain, never the person.");
        person.MapPost("/acknowledge", async (Guid id, Guid personId, AcknowledgeInput input, ResultsService s, CancellationToken ct) =>
                (await s.AcknowledgeAsync(id, personId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("AcknowledgeReview").WithSummary("Acknowledge your released review, with an optional comment.");
        person.MapPost("/conversation", async (Guid id, Guid personId, ConversationInput input, ResultsService s, CancellationToken ct) =>
                (await s.LinkConversationAsync(id, personId, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("LinkReviewConversation").WithSummary("Link the 1:1 where you talk the review through; it goes on that meeting's agenda (reviewing manager).");

        app.MapGet("/api/v1/me/reviews", async (ReviewQueries s, CancellationToken ct) => TypedResults.Ok(await s.MineAsync(ct)))
            .WithTags(Tag).RequireAuthorization(Policies.Member).WithName("ListMyReviews")
            .WithSummary("Reviews you write, reviews released to you, and (managers) your reports' reviews.");
        var reviews = app.MapGroup("/api/v1/reviews").WithTags(Tag).RequireAuthorization(Policies.Member);
        reviews.MapGet("/{id:guid}", async Task<Results<Ok<ReviewDetails>, NotFoundProblem>> (Guid id, ReviewWriting s, CancellationToken ct) =>
                await s.GetAsync(id, ct) is { } r ? TypedResults.Ok(r) : new NotFoundProblem("No such review of yours."))
            .WithName("GetReview").WithSummary("A review you write, with its questions, what to rate, and (managers) the self review beside it.");
        reviews.MapPut("/{id:guid}", async (Guid id, AnswersInput input, ReviewWriting s, CancellationToken ct) =>
                (await s.SaveAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("SaveReview").WithSummary("Save your answers as a draft (only you can read a draft).");
        reviews.MapPost("/{id:guid}/submit", async (Guid id, AnswersInput input, ReviewWriting s, CancellationToken ct) =>
                (await s.SubmitAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("SubmitReview").WithSummary("Submit your answers: required questions answered, ratings on the scale. It can't change afterwards.");
        return app;
    }
}

/// <summary>How many people a change took in or out.</summary>
public sealed record CountResult(int Count);
