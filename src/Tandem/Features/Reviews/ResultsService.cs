using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.Notifications;
using Tandem.Features.OneOnOnes;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>Reading a person's reviews of a cycle, releasing them, the conversation and the acknowledgement.</summary>
public sealed class ResultsService(TandemDb db, CurrentUser me, ReviewAccess access, ReviewEvidence evidence, ICalibratedRatings calibrated, AuditService audit,
    TimeProvider time)
{
    public async Task<ReviewResults?> GetAsync(Guid cycleId, Guid personId, CancellationToken ct)
    {
        if (await ReadableAsync(cycleId, personId, tracked: false, ct) is not { } found) return null;
        var (participant, reader) = found;
        var cycle = await db.ReviewCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId, ct);
        var template = await db.ReviewTemplates.AsNoTracking().SingleAsync(t => t.Id == participant.TemplateId, ct);
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == me.OrganizationId)
            .Select(o => new { o.AnonymityThreshold, o.NamePeersToEmployee }).SingleAsync(ct);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ParticipantId == participant.Id)
            .Select(r => new { r.Kind, r.State, r.WriterId, r.Answers, r.SubmittedAt, Writer = db.People.Where(p => p.Id == r.WriterId).Select(p => p.Name).First() })
            .ToListAsync(ct);
        var names = await db.People.AsNoTracking().Where(p => p.Id == personId || p.Id == participant.ReviewerId).Select(p => new { p.Id, p.Name, p.ManagerId }).ToListAsync(ct);

        SubmittedReview? Submitted(ReviewKind kind, bool named = true) => reviews.Where(r => r.Kind == kind && r.State == ReviewState.Submitted)
            .Select(r => Shown(template, kind, named ? r.Writer : null, r.Answers, r.SubmittedAt, potential: reader != ResultsReader.Subject)).FirstOrDefault();
        var self = Submitted(ReviewKind.Self);
        var manager = Submitted(ReviewKind.Manager);
        var peersNamed = reader != ResultsReader.Subject || org.NamePeersToEmployee;
        var peers = reviews.Where(r => r.Kind == ReviewKind.Peer && r.State == ReviewState.Submitted)
            .OrderBy(r => peersNamed ? r.Writer : r.Answers.Items.FirstOrDefault()?.Text ?? "", StringComparer.CurrentCulture)
            .Select(r => Shown(template, ReviewKind.Peer, peersNamed ? r.Writer : null, r.Answers, peersNamed ? r.SubmittedAt : null)).ToList();
        var upwardWriters = reviews.Where(r => r.Kind == ReviewKind.Upward && r.State == ReviewState.Submitted).ToList();
        UpwardSummary? upward = null;
        if (reviews.Any(r => r.Kind == ReviewKind.Upward))
        {
            var threshold = Math.Max(Organizations.Organization.MinimumAnonymityThreshold, org.AnonymityThreshold);
            var others = await UpwardElsewhereAsync(personId, cycleId, ct);
            upward = UpwardAggregate.Summarise(template, [.. upwardWriters.Select(r => (r.WriterId, r.Answers))], others, threshold);
        }
        var progress = reader == ResultsReader.Subject ? [] : reviews.GroupBy(r => (r.Kind, r.State)).SelectMany(g => g.Key.Kind == ReviewKind.Upward
                ? [new ReviewStatus(g.Key.Kind, null, g.Key.State, g.Count())]
                : g.Select(r => new ReviewStatus(r.Kind, r.Writer, r.State, 1)))
            .OrderBy(s => s.Kind).ThenBy(s => s.Writer, StringComparer.CurrentCulture).ToList();
        var whyNot = WhyNotRelease(participant, cycle, manager is not null);
        // What was cited, as far as this reader may open it: their own packet of the period decides.
        var cites = new[] { self, manager }.Concat(peers).SelectMany(r => r?.Answers ?? []).SelectMany(a => a.Cites ?? []).ToHashSet();
        var cited = cites.Count == 0 ? []
            : (await evidence.GetAsync(personId, names.First(n => n.Id == personId).ManagerId, cycle.PeriodStart, cycle.PeriodEnd, ct)).Items.Where(i => cites.Contains(new Citation(i.Kind, i.Id))).ToList();
        // The 1:1 to talk it through, for the two alone: the linked one, or (for the manager to choose) the pair's next ones.
        var pair = db.OneOnOneSeries.Where(s => (s.LeadId == me.PersonId && s.PartnerId == personId) || (s.PartnerId == me.PersonId && s.LeadId == personId));
        var now = time.GetUtcNow();
        var meetings = reader == ResultsReader.Manager || (reader == ResultsReader.Subject && participant.MeetingId is not null)
            ? await db.Meetings.AsNoTracking()
                .Where(m => m.Id == participant.MeetingId || (participant.MeetingId == null && m.Status == MeetingStatus.Scheduled && m.StartsAt > now && pair.Any(s => s.Id == m.SeriesId)))
                .OrderBy(m => m.StartsAt).Take(5).Select(m => new MeetingOption(m.Id, m.StartsAt)).ToListAsync(ct)
            : [];
        // A calibrated rating is part of the results once released, and then the only overall figure the person sees.
        var final = participant.ReleasedAt is null ? null : await calibrated.FinalRatingAsync(participant.Id, ct);
        var overall = final is not null && reader == ResultsReader.Subject ? null : OverallScore.Of(template, manager, self);
        // Recognition is for HR and the manager chain, never the person.
        var recognition = reader == ResultsReader.Subject ? null : await db.RecognitionOutcomes.AsNoTracking().Where(r => r.ParticipantId == participant.Id)
            .Select(r => new RecognitionInfo(r.Promotion, r.Raise, r.Note, db.People.Where(p => p.Id == r.ById).Select(p => p.Name).First(), r.UpdatedAt, r.Version))
            .SingleOrDefaultAsync(ct);
        return new ReviewResults(cycle.Id, cycle.Name, cycle.Phase, personId, names.First(n => n.Id == personId).Name,
            names.FirstOrDefault(n => n.Id == participant.ReviewerId)?.Name, reader, template.Scale, participant.ReleasedAt, participant.AcknowledgedAt,
            participant.AcknowledgementComment, participant.MeetingId, meetings, self, manager, peers, upward, cited, overall, final, recognition, reader is ResultsReader.Manager or ResultsReader.HrAdmin && manager is not null,
            progress, whyNot, whyNot is null && (reader is ResultsReader.Manager or ResultsReader.HrAdmin),
            reader == ResultsReader.Subject && participant.AcknowledgedAt is null && cycle.Phase != CyclePhase.Closed);
    }

    /// <summary>
    /// The reviewing manager (or HR) records what the cycle leads to for the person — a note, a promotion or raise
    /// recommendation — once the manager review is in. Never shown to the person.
    /// </summary>
    public async Task<Outcome<ReviewResults>> RecogniseAsync(Guid cycleId, Guid personId, RecognitionInput input, CancellationToken ct)
    {
        if (await ReadableAsync(cycleId, personId, tracked: false, ct) is not { } found || found.Reader == ResultsReader.Subject)
            return Failure.NotFound("No such review you may read.");
        var (participant, reader) = found;
        if (reader is not (ResultsReader.Manager or ResultsReader.HrAdmin)) return Failure.Forbidden("The manager who wrote the review, or HR, records recognition.");
        if (!await db.Reviews.AnyAsync(r => r.ParticipantId == participant.Id && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted, ct))
            return Failure.Conflict("Record recognition once the manager review is in.");
        var errors = new FieldErrors();
        errors.Limit(nameof(input.Note), input.Note, "The note", ReviewRules.CommentMax);
        if (errors.Any) return errors.ToFailure();
        var outcome = await db.RecognitionOutcomes.SingleOrDefaultAsync(r => r.ParticipantId == participant.Id, ct);
        if ((outcome?.Version ?? 0) != input.Version) return Failure.Conflict("Someone else recorded recognition in the meantime. Reload to see it.");
        if (outcome is null) db.RecognitionOutcomes.Add(outcome = new RecognitionOutcome { Id = Ids.New(time), ParticipantId = participant.Id });
        outcome.Promotion = input.Promotion;
        outcome.Raise = input.Raise;
        outcome.Note = Text.Clean(input.Note);
        outcome.ById = me.PersonId;
        outcome.UpdatedAt = time.GetUtcNow();
        outcome.Version++;
        audit.Add(AuditActions.RecognitionRecorded, personId,
            $"{(input.Promotion ? "promotion recommended" : "no promotion")}, {(input.Raise ? "raise recommended" : "no raise")}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first records at once (one per person and cycle), or a changed version.
            return Failure.Conflict("Someone else recorded recognition in the meantime. Reload to see it.");
        }
        return (await GetAsync(cycleId, personId, ct))!;
    }

    /// <summary>The manager (or HR) releases one person's review: they can read it from now on.</summary>
    public async Task<Outcome<ReviewResults>> ReleaseAsync(Guid cycleId, Guid personId, CancellationToken ct)
    {
        if (await ReadableAsync(cycleId, personId, tracked: true, ct) is not { } found) return Failure.NotFound("No such review you may read.");
        var (participant, reader) = found;
        if (reader is not (ResultsReader.Manager or ResultsReader.HrAdmin)) return Failure.Forbidden("The manager who wrote the review, or HR, releases it.");
        var cycle = await db.ReviewCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId, ct);
        var submitted = await db.Reviews.AnyAsync(r => r.ParticipantId == participant.Id && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted, ct);
        if (WhyNotRelease(participant, cycle, submitted) is { } why) return Failure.Conflict(why);
        participant.ReleasedAt = time.GetUtcNow();
        await NotificationService.AddAsync(db, time, NoticeKind.ReviewReleased, personId, $"Your review of “{cycle.Name}” is ready to read.", $"/reviews/cycles/{cycleId}/people/{personId}", ct);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycleId, personId, ct))!;
    }

    public async Task<Outcome<ReviewResults>> AcknowledgeAsync(Guid cycleId, Guid personId, AcknowledgeInput input, CancellationToken ct)
    {
        if (await ReadableAsync(cycleId, personId, tracked: true, ct) is not { } found) return Failure.NotFound("No such review you may read.");
        var (participant, reader) = found;
        if (reader != ResultsReader.Subject) return Failure.Forbidden("Only the person reviewed acknowledges their review.");
        if (participant.AcknowledgedAt is not null) return Failure.Conflict("You have acknowledged this review already.");
        if (await db.ReviewCycles.AnyAsync(c => c.Id == cycleId && c.Phase == CyclePhase.Closed, ct)) return Failure.Conflict("This cycle is closed.");
        var errors = new FieldErrors();
        errors.Limit(nameof(input.Comment), input.Comment, "A comment", ReviewRules.CommentMax);
        if (errors.Any) return errors.ToFailure();
        participant.AcknowledgedAt = time.GetUtcNow();
        participant.AcknowledgementComment = Text.Clean(input.Comment);
        if (participant.ReviewerId is { } manager)
            await NotificationService.AddAsync(db, time, NoticeKind.ReviewAcknowledged, manager, $"{me.Name} acknowledged their review.", $"/reviews/cycles/{cycleId}/people/{personId}", ct);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycleId, personId, ct))!;
    }

    /// <summary>Links the 1:1 where the two talk it through, and puts the review on that meeting's agenda.</summary>
    public async Task<Outcome<ReviewResults>> LinkConversationAsync(Guid cycleId, Guid personId, ConversationInput input, CancellationToken ct)
    {
        if (await ReadableAsync(cycleId, personId, tracked: true, ct) is not { } found) return Failure.NotFound("No such review you may read.");
        var (participant, reader) = found;
        if (reader != ResultsReader.Manager) return Failure.Forbidden("The manager who wrote the review plans the conversation.");
        var meeting = await db.Meetings.Where(m => m.Id == input.MeetingId && m.Status == MeetingStatus.Scheduled)
            .Join(db.OneOnOneSeries, m => m.SeriesId, s => s.Id, (m, s) => new { m.Id, m.SeriesId, s.LeadId, s.PartnerId })
            .SingleOrDefaultAsync(m => (m.LeadId == me.PersonId && m.PartnerId == personId) || (m.PartnerId == me.PersonId && m.LeadId == personId), ct);
        if (meeting is null) return Failure.Invalid(nameof(input.MeetingId), "Choose an upcoming 1:1 of yours with this person.");
        var cycle = await db.ReviewCycles.AsNoTracking().Where(c => c.Id == cycleId).Select(c => c.Name).SingleAsync(ct);
        participant.MeetingId = meeting.Id;
        db.AgendaItems.Add(new AgendaItem
        {
            Id = Ids.New(time), SeriesId = meeting.SeriesId, MeetingId = meeting.Id, Section = "Review", AuthorId = me.PersonId,
            Text = $"Talk through the review of “{cycle}”: /reviews/cycles/{cycleId}/people/{personId}",
            Position = await db.AgendaItems.CountAsync(a => a.MeetingId == meeting.Id, ct),
        });
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycleId, personId, ct))!;
    }

    /// <summary>A person's part in a cycle and how the signed-in person relates to it; null when they may not read it.</summary>
    private async Task<(ReviewParticipant Participant, ResultsReader Reader)?> ReadableAsync(Guid cycleId, Guid personId, bool tracked, CancellationToken ct)
    {
        var participants = tracked ? db.ReviewParticipants : db.ReviewParticipants.AsNoTracking();
        var participant = await participants.SingleOrDefaultAsync(p => p.CycleId == cycleId && p.PersonId == personId && p.Status == ParticipantStatus.Active, ct);
        return participant is not null && await access.ReaderAsync(participant, ct) is { } reader ? (participant, reader) : null;
    }

    private static string? WhyNotRelease(ReviewParticipant participant, ReviewCycle cycle, bool managerReviewSubmitted)
    {
        if (participant.ReleasedAt is not null) return "Released already.";
        if (cycle.Phase == CyclePhase.Closed) return "This cycle is closed.";
        if (participant.ReviewerId is not null && !managerReviewSubmitted) return "The manager review isn't submitted yet.";
        if (cycle.Calibration && cycle.Phase < CyclePhase.Released) return "This cycle is calibrated first: reviews are released after calibration.";
        return cycle.Phase < CyclePhase.ManagerReview ? "Reviews are released after the manager-review phase has started." : null;
    }

    private async Task<List<HashSet<Guid>>> UpwardElsewhereAsync(Guid personId, Guid cycleId, CancellationToken ct)
    {
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => r.SubjectId == personId && r.CycleId != cycleId && r.Kind == ReviewKind.Upward && r.State == ReviewState.Submitted)
            .Select(r => new { r.CycleId, r.WriterId }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.CycleId).Select(g => g.Select(r => r.WriterId).ToHashSet())];
    }

    // A writer who isn't named isn't given away by what they cited either (feedback they gave, a 1:1 of theirs).
    // The potential question is the manager's view for calibration: shown to the manager chain and HR, never to the person.
    private static SubmittedReview Shown(ReviewTemplate template, ReviewKind kind, string? writer, ReviewAnswers answers, DateTimeOffset? at, bool potential = true)
    {
        var sections = template.Content.Sections.Where(s => s.For.HasFlag(ReviewRules.Writer(kind)))
            .Select(s => potential ? s : s with { Questions = [.. s.Questions.Where(q => q.Kind != QuestionKind.Potential)] }).ToList();
        var items = potential ? answers.Items : [.. AnswerCheck.Scored(template, answers.Items)];
        return new(kind, writer, sections, writer is null ? [.. items.Select(a => a with { Cites = null })] : items, at);
    }
}
