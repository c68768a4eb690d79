using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

public static class OneOnOnesApi
{
    private const string Tag = "1:1s";

    public static IEndpointRouteBuilder MapOneOnOnesApi(this IEndpointRouteBuilder app)
    {
        var series = app.MapGroup("/api/v1/one-on-ones").WithTags(Tag).RequireAuthorization(Policies.Member);
        series.MapGet("/", async (OneOnOneQueries q, CancellationToken ct) => TypedResults.Ok(await q.MineAsync(ct)))
            .WithName("ListOneOnOnes").WithSummary("Your 1:1 series, active ones first, each with its next and last meeting.");
        series.MapPost("/", async (SeriesInput input, SeriesService s, CancellationToken ct) =>
                (await s.CreateAsync(input, ct)).ToHttp(x => TypedResults.Created($"/api/v1/one-on-ones/{x.Id}", x)).Or<InvalidProblem, ConflictProblem>())
            .WithName("CreateOneOnOne").WithSummary("Set up a recurring 1:1 with someone in your organisation; occurrences are planned ahead.");
        series.MapGet("/{id:guid}", async Task<Results<Ok<SeriesInfo>, NotFoundProblem>> (Guid id, OneOnOneQueries q, CancellationToken ct) =>
                await q.SeriesAsync(id, ct) is { } s ? TypedResults.Ok(s) : new NotFoundProblem("No such 1:1 series."))
            .WithName("GetOneOnOne").WithSummary("A 1:1 series you take part in.");
        series.MapPut("/{id:guid}", async (Guid id, SeriesUpdate input, SeriesService s, CancellationToken ct) =>
                (await s.UpdateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateOneOnOne").WithSummary("Change the schedule, length, video link or template. Upcoming meetings follow; their topics are kept.");
        series.MapPost("/{id:guid}/end", async (Guid id, SeriesService s, CancellationToken ct) =>
                (await s.EndAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ConflictProblem>())
            .WithName("EndOneOnOne").WithSummary("Stop meeting: upcoming occurrences go; past meetings and next steps stay.");
        series.MapGet("/{id:guid}/meetings", async Task<Results<Ok<List<MeetingRef>>, NotFoundProblem>> (Guid id, OneOnOneAccess a, OneOnOneQueries q, CancellationToken ct) =>
                await a.SeriesAsync(id, ct) is null ? new NotFoundProblem("No such 1:1 series.") : TypedResults.Ok(await q.MeetingsAsync(id, ct)))
            .WithName("ListMeetings").WithSummary("A series' meetings, newest first (the last 60).");
        series.MapGet("/{id:guid}/commitments", async Task<Results<Ok<List<CommitmentInfo>>, NotFoundProblem>> (Guid id, OneOnOneAccess a, OneOnOneQueries q, CancellationToken ct) =>
                await a.SeriesAsync(id, ct) is null ? new NotFoundProblem("No such 1:1 series.") : TypedResults.Ok(await q.CommitmentsAsync(id, null, ct)))
            .WithName("GetCommitmentLedger").WithSummary("Every next step of the pair: who, due when, done on time, late or open.");
        series.MapGet("/{id:guid}/metrics", async Task<Results<Ok<PairMetrics>, NotFoundProblem>> (Guid id, OneOnOneInsights i, CancellationToken ct) =>
                await i.PairAsync(id, ct) is { } m ? TypedResults.Ok(m) : new NotFoundProblem("No such 1:1 series."))
            .WithName("GetPairMetrics")
            .WithSummary("Two-way index, follow-through and cadence adherence of a pair: for the pair, the lead's managers and HR admins. Numbers only.");
        // Under the person, not /one-on-ones/leads/{personId}: that path and /one-on-ones/{id}/end could name the same URL.
        app.MapGet("/api/v1/people/{personId:guid}/one-on-ones", async Task<Results<Ok<LeadSummary>, NotFoundProblem>> (Guid personId, OneOnOneInsights i, CancellationToken ct) =>
                await i.LeadAdherenceAsync(personId, ct) is { } cadence
                    ? TypedResults.Ok(new LeadSummary(personId, cadence, await i.RatingsForAsync(personId, ct)))
                    : new NotFoundProblem("No such person, or not one whose 1:1 numbers you may see."))
            .WithName("GetLeadSummary").WithTags(Tag).RequireAuthorization(Policies.Member)
            .WithSummary("Cadence adherence over all 1:1s a person leads, and their average usefulness rating once enough people rated.");

        var meetings = app.MapGroup("/api/v1/meetings").WithTags(Tag).RequireAuthorization(Policies.Member);
        meetings.MapGet("/{id:guid}", async Task<Results<Ok<MeetingDetails>, NotFoundProblem>> (Guid id, OneOnOneQueries q, CancellationToken ct) =>
                await q.MeetingAsync(id, ct) is { } m ? TypedResults.Ok(m) : new NotFoundProblem("No such meeting."))
            .WithName("GetMeeting").WithSummary("A meeting: agenda (with your private topics), notes, your private note, next steps, wrap-up, questions.");
        meetings.MapPost("/{id:guid}/topics", async (Guid id, TopicInput input, MeetingService s, CancellationToken ct) =>
                (await s.AddTopicAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("AddTopic").WithSummary("Add a topic to the agenda (private: only you will see it).");
        meetings.MapPut("/{id:guid}/notes", async (Guid id, NotesInput input, MeetingService s, CancellationToken ct) =>
                (await s.SaveNotesAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("SaveSharedNotes").WithSummary("Save the shared notes (Markdown). A stale version answers 409 with both versions.");
        meetings.MapPut("/{id:guid}/private-note", async (Guid id, PrivateNoteInput input, MeetingService s, CancellationToken ct) =>
                (await s.SavePrivateNoteAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("SavePrivateNote").WithSummary("Save your private note: nobody else can read it, not the other person, not admins.");
        meetings.MapPost("/{id:guid}/commitments", async (Guid id, CommitmentInput input, MeetingService s, CancellationToken ct) =>
                (await s.AddCommitmentAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("AddCommitment").WithSummary("Add a next step for one of the pair, due at the next meeting unless you say otherwise.");
        meetings.MapPut("/{id:guid}/wrap-up", async (Guid id, WrapUpInput input, MeetingService s, CancellationToken ct) =>
                (await s.SaveWrapUpAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("SaveWrapUp").WithSummary("Save the wrap-up; what the report works on and what the lead will do become next steps.");
        meetings.MapPost("/{id:guid}/cancel", async (Guid id, CancelInput input, MeetingService s, CancellationToken ct) =>
                (await s.CancelAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("CancelMeeting").WithSummary("Cancel, saying why; topics move to the next meeting.");
        meetings.MapPost("/{id:guid}/reschedule", async (Guid id, RescheduleInput input, MeetingService s, CancellationToken ct) =>
                (await s.RescheduleAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("RescheduleMeeting").WithSummary("Move the meeting to another time.");
        meetings.MapPost("/{id:guid}/rating", async (Guid id, RatingInput input, MeetingService s, CancellationToken ct) =>
                (await s.RateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("RateMeeting").WithSummary("Rate a held meeting 1–5, privately.");
        meetings.MapPost("/{id:guid}/questions", async (Guid id, AskInput input, MeetingService s, CancellationToken ct) =>
                (await s.AskAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem>())
            .WithName("AskQuestion").WithSummary("Log a coaching question as asked here.");
        meetings.MapPost("/{id:guid}/hold", async (Guid id, MeetingService s, CancellationToken ct) =>
                (await s.HoldAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, InvalidProblem, ConflictProblem>())
            .WithName("HoldMeeting").WithSummary("Mark the meeting held; undiscussed topics carry over to the next one.");

        var topics = app.MapGroup("/api/v1/topics").WithTags(Tag).RequireAuthorization(Policies.Member);
        topics.MapPut("/{id:guid}", async (Guid id, TopicUpdate input, MeetingService s, CancellationToken ct) =>
                (await s.UpdateTopicAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem>())
            .WithName("UpdateTopic").WithSummary("Reword a topic (its author), mark it discussed, or move it up or down.");
        topics.MapDelete("/{id:guid}", async (Guid id, MeetingService s, CancellationToken ct) =>
                (await s.DeleteTopicAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>())
            .WithName("DeleteTopic").WithSummary("Remove a topic you added.");

        var commitments = app.MapGroup("/api/v1/commitments").WithTags(Tag).RequireAuthorization(Policies.Member);
        commitments.MapPut("/{id:guid}", async (Guid id, CommitmentDone input, MeetingService s, CancellationToken ct) =>
                (await s.SetCommitmentDoneAsync(id, Guid.Empty, input.Done, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>())
            .WithName("SetCommitmentDone").WithSummary("Mark a next step done or not done.");
        commitments.MapDelete("/{id:guid}", async (Guid id, MeetingService s, CancellationToken ct) =>
                (await s.DeleteCommitmentAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem>())
            .WithName("DeleteCommitment").WithSummary("Remove a next step you wrote.");
        var templates = app.MapGroup("/api/v1/meeting-templates").WithTags(Tag).RequireAuthorization(Policies.Member);
        templates.MapGet("/", async (MeetingTemplates t, CancellationToken ct) => TypedResults.Ok(await t.ListAsync(ct)))
            .WithName("ListMeetingTemplates").WithSummary("Agenda templates: the organisation's library and the teams' own.");
        templates.MapPost("/", async (TemplateInput input, MeetingTemplates t, CancellationToken ct) =>
                (await t.CreateAsync(input, ct)).ToHttp(x => TypedResults.Created($"/api/v1/meeting-templates/{x.Id}", x)).Or<ForbiddenProblem, InvalidProblem>())
            .WithName("CreateMeetingTemplate").WithSummary("Add a template (HR admins: the library; managers: their own).");
        templates.MapPut("/{id:guid}", async (Guid id, TemplateInput input, MeetingTemplates t, CancellationToken ct) =>
                (await t.UpdateAsync(id, input, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .WithName("UpdateMeetingTemplate").WithSummary("Change a template you keep (HR admins: any).");

        var questions = app.MapGroup("/api/v1/coaching-questions").WithTags(Tag).RequireAuthorization(Policies.Member);
        questions.MapGet("/", async (OneOnOneQueries q, CancellationToken ct) => TypedResults.Ok((await q.BankAsync(ct)).Select(x => new QuestionInfo(x.Key, x.Group, x.Text)).ToList()))
            .WithName("ListCoachingQuestions").WithSummary("The coaching question bank: Tandem's open questions and your organisation's.");
        questions.MapPost("/", async (QuestionInput input, OrgQuestions q, CancellationToken ct) =>
                (await q.AddAsync(input, ct)).ToHttp(x => TypedResults.Created("/api/v1/coaching-questions", x)).Or<ForbiddenProblem, InvalidProblem>())
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("AddCoachingQuestion").WithSummary("Add a question to your organisation's bank (HR admin).");

        app.MapPost("/api/v1/me/calendar-feed", async (CalendarFeeds feeds, CancellationToken ct) => TypedResults.Ok(await feeds.RegenerateAsync(ct)))
            .RequireAuthorization(Policies.Member).WithTags(Tag)
            .WithName("RegenerateCalendarFeed").WithSummary("Make a new secret iCalendar address for your 1:1s; the old one stops working.");

        // The feed itself: calendar apps can't sign in, so the secret token in the address is the credential.
        app.MapGet(CalendarFeeds.PathPrefix + "{token}.ics", async Task<IResult> (string token, CalendarFeeds feeds, HttpContext http, CancellationToken ct) =>
            {
                if (await feeds.RenderAsync(token, ct) is not { } ics) return TypedResults.NotFound();
                http.Response.Headers.CacheControl = "private, max-age=300";
                return TypedResults.Text(ics, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

/// <summary>A lead's numbers over all their 1:1s: cadence adherence and (over the threshold) how useful people found them.</summary>
public sealed record LeadSummary(Guid PersonId, CadenceAdherence Cadence, RatingSummary Ratings);
