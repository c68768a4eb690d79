using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Feedback;

public static class FeedbackApi
{
    private const string Tag = "Feedback";

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags(Tag).RequireAuthorization(Policies.Member);
        feedback.MapPost("/", async (GiveInput input, FeedbackService s, CancellationToken ct) =>
                (await s.GiveAsync(input, ct)).ToHttp(f => TypedResults.Created($"/api/v1/feedback/{f.Id}", f)).Or<InvalidProblem, TooManyRequestsProblem>())
            .WithName("GiveFeedback")
            .WithSummary("Give praise, constructive feedback or a suggestion for next time to anyone in your organisation. Rate-limited per person.");
        feedback.MapGet("/received", (string? after, int? limit, FeedbackQueries q, CancellationToken ct) =>
                Cursor.ListAsync(after, 1, () => q.ReceivedAsync(after, limit, ct)))
            .WithName("ListFeedbackReceived").WithSummary("Feedback you received, newest first, keyset-paged.");
        feedback.MapGet("/given", (string? after, int? limit, FeedbackQueries q, CancellationToken ct) =>
                Cursor.ListAsync(after, 1, () => q.GivenAsync(after, limit, ct)))
            .WithName("ListFeedbackGiven").WithSummary("Feedback you gave with your name, newest first, keyset-paged.");
        feedback.MapGet("/praise", (Guid? teamId, Guid? valueId, string? after, int? limit, FeedbackQueries q, CancellationToken ct) =>
                Cursor.ListAsync(after, 1, () => q.PraiseAsync(teamId, valueId, after, limit, ct)))
            .WithName("ListPraise").WithSummary("The praise wall: public recognition, optionally for one team or one value.");
        // What is about one person is under the person: /feedback/about/{personId} and /feedback/{id}/reactions could name one URL.
        app.MapGet("/api/v1/people/{personId:guid}/feedback", (Guid personId, string? after, int? limit, FeedbackQueries q, CancellationToken ct) =>
                Cursor.ListAsync(after, 1, () => q.AboutPersonAsync(personId, after, limit, ct), "Not found."))
            .WithName("ListFeedbackAbout").WithSummary("Feedback about a person that you may read.").WithTags(Tag).RequireAuthorization(Policies.Member);
        app.MapGet("/api/v1/people/{personId:guid}/feedback-balance", async Task<Results<Ok<List<BalanceMonth>>, NotFoundProblem>> (Guid personId, FeedbackQueries q, CancellationToken ct) =>
                await q.BalanceAsync(personId, ct) is { } b ? TypedResults.Ok(b) : new NotFoundProblem())
            .WithName("GetFeedbackBalance").WithTags(Tag).RequireAuthorization(Policies.Member).WithSummary("Praise, constructive and feedforward per month (yours, or a direct report's).");
        app.MapGet("/api/v1/people/{personId:guid}/feedback-themes", async Task<Results<Ok<List<RecurringTheme>>, NotFoundProblem>> (Guid personId, FeedbackQueries q, CancellationToken ct) =>
                await q.ThemesAsync(personId, ct) is { } t ? TypedResults.Ok(t) : new NotFoundProblem())
            .WithName("GetRecurringThemes").WithTags(Tag).RequireAuthorization(Policies.Member).WithSummary("Themes and values that keep coming up in feedback (yours, or a direct report's).");
        feedback.MapGet("/{id:guid}", async Task<Results<Ok<FeedbackInfo>, NotFoundProblem>> (Guid id, FeedbackQueries q, CancellationToken ct) =>
                await q.GetAsync(id, ct) is { } f ? TypedResults.Ok(f) : new NotFoundProblem())
            .WithName("GetFeedback").WithSummary("One piece of feedback you may read.");
        feedback.MapPost("/{id:guid}/reactions", async (Guid id, ReactInput input, FeedbackService s, CancellationToken ct) =>
                (await s.ReactAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("ReactToPraise").WithSummary("React to public praise; the same reaction again takes it back.");
        feedback.MapGet("/check", (string? text) => TypedResults.Ok(WritingCheck.Check(text)))
            .WithName("CheckFeedbackWriting").WithSummary("The writing check: words that judge the person, vague phrases, absolutes — each explained. Never blocks.");

        var requests = app.MapGroup("/api/v1/feedback-requests").WithTags(Tag).RequireAuthorization(Policies.Member);
        requests.MapPost("/", async (RequestInput input, FeedbackService s, CancellationToken ct) =>
                (await s.RequestAsync(input, ct)).ToHttp(r => TypedResults.Created($"/api/v1/feedback-requests/{r.Id}", r)).Or<InvalidProblem, TooManyRequestsProblem>())
            .WithName("RequestFeedback").WithSummary("Ask chosen people for feedback about yourself or a direct report, by a date.");
        requests.MapGet("/", async (FeedbackQueries q, CancellationToken ct) => TypedResults.Ok(await q.MyRequestsAsync(ct)))
            .WithName("ListMyFeedbackRequests").WithSummary("Requests you made, with who has answered.");
        requests.MapGet("/for-me", async (FeedbackQueries q, CancellationToken ct) => TypedResults.Ok(await q.PendingForMeAsync(ct)))
            .WithName("ListFeedbackRequestsForMe").WithSummary("Requests waiting for your answer, soonest due first.");
        requests.MapGet("/{id:guid}", async Task<Results<Ok<RequestInfo>, NotFoundProblem>> (Guid id, FeedbackQueries q, CancellationToken ct) =>
                await q.RequestAsync(id, ct) is { } r ? TypedResults.Ok(r) : new NotFoundProblem())
            .WithName("GetFeedbackRequest").WithSummary("A request you made, with who has answered.");

        var values = app.MapGroup("/api/v1/values").WithTags(Tag).RequireAuthorization(Policies.Member);
        values.MapGet("/", async (FeedbackQueries q, CancellationToken ct) => TypedResults.Ok(await q.ValuesAsync(includeArchived: false, ct)))
            .WithName("ListCompanyValues").WithSummary("Your organisation's values, for tagging praise.");
        values.MapPost("/", async (ValueInput input, FeedbackService s, CancellationToken ct) =>
                (await s.SaveValueAsync(null, input, ct)).ToHttp(v => TypedResults.Created("/api/v1/values", v)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("AddCompanyValue").WithSummary("Add a company value (HR admin).");
        values.MapPut("/{id:guid}", async (Guid id, ValueInput input, FeedbackService s, CancellationToken ct) =>
                (await s.SaveValueAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin).WithName("UpdateCompanyValue").WithSummary("Rename, describe or archive a company value (HR admin).");
        return app;
    }

}
