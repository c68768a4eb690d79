using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Feedback;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// Writing reviews. A review is its writer's alone to read and change while it is a draft; each kind can be written until
/// its phase ends, and a manager review submitted only once the manager-review phase has started (self reviews first).
/// Answers are checked against the template version of the cycle: known questions, ratings on the scale, required ones given.
/// </summary>
public sealed class ReviewWriting(TandemDb db, CurrentUser me, RatedItems items, ReviewEvidence evidence, TimeProvider time)
{
    /// <summary>A review for its writer; anyone else: not found (others read reviews through the results, as the phase allows).</summary>
    public Task<ReviewDetails?> GetAsync(Guid id, CancellationToken ct) => DetailsAsync(id, null, ct);

    // The packet, when the caller has read it already (a save that cites evidence), isn't read again.
    private async Task<ReviewDetails?> DetailsAsync(Guid id, EvidencePacket? packet, CancellationToken ct)
    {
        var found = await LoadAsync(id, ct);
        if (found is null) return null;
        var (review, cycle, template, subject, manager, ownAnswers, ownSubmittedAt) = found;
        var sections = template.Content.Sections.Where(s => s.For.HasFlag(ReviewRules.Writer(review.Kind))).ToList();
        // The packet holds the goals a goal question rates (the same ones RatedItems offers), so they're read once.
        packet ??= await evidence.GetAsync(review.SubjectId, manager, cycle.PeriodStart, cycle.PeriodEnd, ct);
        var (_, capabilities) = await ItemsAsync(review, cycle, sections, ct, goals: false);
        var goals = Rates(sections, QuestionKind.GoalScores)
            ? packet.Items.Where(i => i.Kind == CitationKind.Goal).Select(i => new RatedItem(i.Id, i.Title, i.Progress)).ToList()
            : [];
        var self = review.Kind == ReviewKind.Manager && ownAnswers is not null
            ? new SubmittedReview(ReviewKind.Self, subject, [.. template.Content.Sections.Where(s => s.For.HasFlag(ReviewWriters.Self))], ownAnswers.Items, ownSubmittedAt)
            : null;
        var why = WhyNotWritable(review, cycle);
        // The writing check is for what others write about the person.
        var flags = review.Kind != ReviewKind.Self ? Flags(review.Answers.Items, sections, template.Scale.Count) : [];
        return new ReviewDetails(review.Id, cycle.Id, cycle.Name, cycle.Phase, cycle.PeriodStart, cycle.PeriodEnd, review.Kind, review.SubjectId, subject,
            review.State, template.Scale, sections, review.Answers.Items, goals, capabilities, ReviewRules.DueDate(review.Kind, cycle.Dates), why is null, why,
            self, flags, packet, RecencyMeter.Of(packet, review.Answers.Items, cycle.PeriodEnd), review.Version);
    }

    public Task<Outcome<ReviewDetails>> SaveAsync(Guid id, AnswersInput input, CancellationToken ct) => WriteAsync(id, input, submit: false, ct);

    public Task<Outcome<ReviewDetails>> SubmitAsync(Guid id, AnswersInput input, CancellationToken ct) => WriteAsync(id, input, submit: true, ct);

    private async Task<Outcome<ReviewDetails>> WriteAsync(Guid id, AnswersInput input, bool submit, CancellationToken ct)
    {
        var found = await LoadAsync(id, ct, tracked: true);
        if (found is null) return Failure.NotFound("No such review of yours.");
        var (review, cycle, template, _, manager, _, _) = found;
        if (WhyNotWritable(review, cycle) is { } why) return Failure.Conflict(why);
        if (submit && review.Kind == ReviewKind.Manager && cycle.Phase < CyclePhase.ManagerReview)
            return Failure.Conflict($"Manager reviews can be submitted once the self reviews are in (from {cycle.Dates.SelfReviewDue.AddDays(1):d MMM yyyy}); save it as a draft until then.");
        var sections = template.Content.Sections.Where(s => s.For.HasFlag(ReviewRules.Writer(review.Kind))).ToList();
        var (goals, capabilities) = await ItemsAsync(review, cycle, sections, ct);
        var offered = new Dictionary<QuestionKind, HashSet<Guid>>
        {
            [QuestionKind.GoalScores] = [.. goals.Select(g => g.Id)], [QuestionKind.Competencies] = [.. capabilities.Select(c => c.Id)],
        };
        // Only an answer set that cites anything needs the packet to check against.
        var cites = (input.Answers ?? []).Any(a => a?.Cites is { Count: > 0 });
        var packet = cites ? await evidence.GetAsync(review.SubjectId, manager, cycle.PeriodStart, cycle.PeriodEnd, ct) : Nothing;
        var errors = AnswerCheck.Errors(input.Answers ?? [], sections, template.Scale.Count, offered, packet, submit);
        if (errors.Any) return errors.ToFailure();
        if (input.Version != review.Version) return Stale();
        review.Answers = new ReviewAnswers { Items = [.. (input.Answers ?? []).Select(AnswerCheck.Clean).Where(a => a is not null).Select(a => a!)] };
        review.State = submit ? ReviewState.Submitted : ReviewState.Draft;
        if (submit) review.SubmittedAt = time.GetUtcNow();
        review.Score = submit ? OverallScore.OfWriter(template, review.Kind, review.Answers.Items) : null;
        review.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return (await DetailsAsync(id, cites ? packet : null, ct))!;
    }

    private async Task<(List<RatedItem> Goals, List<RatedItem> Capabilities)> ItemsAsync(Review review, ReviewCycle cycle, List<ReviewSection> sections,
        CancellationToken ct, bool goals = true)
    {
        var rated = goals && Rates(sections, QuestionKind.GoalScores) ? await items.GoalsAsync(review.SubjectId, cycle.PeriodStart, cycle.PeriodEnd, ct) : [];
        var capabilities = Rates(sections, QuestionKind.Competencies) ? await items.CapabilitiesAsync(review.SubjectId, ct) : [];
        return (rated, capabilities);
    }

    private static bool Rates(List<ReviewSection> sections, QuestionKind kind) => sections.Any(s => s.Questions.Any(q => q.Kind == kind));

    private static readonly EvidencePacket Nothing = new([], null, [], DateOnly.MinValue);

    /// <summary>
    /// The writing check on each text answer, and whether its tone matches the rating it goes with: its own, the average
    /// of its item ratings, or else the section's.
    /// </summary>
    private static List<AnswerFlags> Flags(IReadOnlyList<ReviewAnswer> answers, IReadOnlyList<ReviewSection> sections, int points)
    {
        var flags = new List<AnswerFlags>();
        foreach (var section in sections)
        {
            var given = section.Questions.Where(q => q.Kind != QuestionKind.Potential)
                .Select(q => answers.FirstOrDefault(a => a.Key == q.Key)).Where(a => a is not null).Select(a => a!).ToList();
            var sectionRating = given.Select(RatingOf).Where(r => r is not null).Select(r => r!.Value).DefaultIfEmpty(double.NaN).Average();
            foreach (var answer in given.Where(a => a.Text is not null))
            {
                var found = WritingCheck.Check(answer.Text).ToList();
                var rating = RatingOf(answer) ?? sectionRating;
                if (!double.IsNaN(rating) && ToneCheck.Check(answer.Text, rating, points) is { } tone) found.Add(tone);
                if (found.Count > 0) flags.Add(new AnswerFlags(answer.Key, found));
            }
        }
        return flags;
    }

    private static double? RatingOf(ReviewAnswer answer) => answer.Rating ?? (answer.Items is { Count: > 0 } rated ? rated.Average(i => i.Rating) : (double?)null);

    private static Failure Stale() => Failure.Conflict("This review was saved elsewhere in the meantime (another tab?). Reload it to see the latest, then change it again.");

    private static string? WhyNotWritable(Review review, ReviewCycle cycle)
    {
        if (review.State == ReviewState.Submitted) return "This review is submitted: it can no longer change.";
        if (cycle.Phase == CyclePhase.Draft) return "The cycle isn't open yet.";
        return ReviewRules.IsWritable(review.Kind, cycle.Phase) ? null
            : $"The {ReviewRules.Label(review.Kind).ToLowerInvariant()} phase ended on {ReviewRules.DueDate(review.Kind, cycle.Dates):d MMM yyyy}: it can no longer change.";
    }

    // The review with what every read and write of it needs, in one read: its cycle, the participant's template version,
    // the person's name and manager, and the person's submitted self review (which a manager reads beside their own).
    private async Task<Loaded?> LoadAsync(Guid id, CancellationToken ct, bool tracked = false) =>
        await (
                from r in tracked ? db.Reviews : db.Reviews.AsNoTracking()
                where r.Id == id && r.WriterId == me.PersonId
                join p in db.ReviewParticipants.Where(p => p.Status == ParticipantStatus.Active) on r.ParticipantId equals p.Id
                join c in db.ReviewCycles on p.CycleId equals c.Id
                join t in db.ReviewTemplates on p.TemplateId equals t.Id
                join person in db.People on p.PersonId equals person.Id
                join s in db.Reviews.Where(x => x.Kind == ReviewKind.Self && x.State == ReviewState.Submitted) on r.ParticipantId equals s.ParticipantId into selves
                from self in selves.DefaultIfEmpty()
                select new Loaded(r, c, t, person.Name, person.ManagerId, self == null ? null : self.Answers, self == null ? null : self.SubmittedAt))
            .SingleOrDefaultAsync(ct);

    private sealed record Loaded(Review Review, ReviewCycle Cycle, ReviewTemplate Template, string Subject, Guid? SubjectsManager, ReviewAnswers? Self,
        DateTimeOffset? SelfSubmittedAt);
}
