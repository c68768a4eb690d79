using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Everything the pair does in a meeting: topics, notes, next steps, the wrap-up, and holding, moving or
/// cancelling it. Only the two participants may; every change is announced to open pages after it is saved.
/// </summary>
public sealed class MeetingService(TandemDb db, CurrentUser me, OneOnOneAccess access, OneOnOneQueries queries, MeetingPlanner planner,
    MeetingEvents events, TimeProvider time)
{
    public async Task<Outcome<MeetingDetails>> AddTopicAsync(Guid meetingId, TopicInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, meeting)) return NoMeeting;
        if (meeting.Status == MeetingStatus.Cancelled) return Failure.Invalid(nameof(input.Text), "This meeting was cancelled: add the topic to the next one.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Text), input.Text, "Topic", OneOnOneRules.TopicMax);
        var sections = await queries.SectionsAsync(series.TemplateId, ct);
        var section = Text.Clean(input.Section) ?? sections[0].Title;
        if (sections.All(s => s.Title != section) && !await access.ReadableItems(meetingId).AnyAsync(a => a.Section == section, ct))
            errors.Add(nameof(input.Section), "Choose one of this agenda's sections.");
        if (errors.Any) return errors.ToFailure();

        var position = await db.AgendaItems.Where(a => a.MeetingId == meetingId).MaxAsync(a => (int?)a.Position, ct) ?? -1;
        db.AgendaItems.Add(new AgendaItem
        {
            Id = Ids.New(time), SeriesId = series.Id, MeetingId = meetingId, Section = section, Text = input.Text.Trim(),
            AuthorId = me.PersonId, IsPrivate = input.IsPrivate, Position = position + 1,
        });
        await SaveAgendaAsync(meetingId, ct, shared: !input.IsPrivate);
        return await ChangedAsync(meetingId, input.IsPrivate ? null : MeetingChange.Agenda, ct);
    }

    public async Task<Outcome<MeetingDetails>> UpdateTopicAsync(Guid itemId, TopicUpdate input, CancellationToken ct)
    {
        var item = await db.AgendaItems.Where(access.ReadableItem).SingleOrDefaultAsync(a => a.Id == itemId, ct);
        if (item is null || await access.MeetingAsync(item.MeetingId, ct) is null) return Failure.NotFound("No such topic.");
        if (input.Text is not null)
        {
            if (item.AuthorId != me.PersonId) return Failure.Forbidden("Only the person who added a topic can reword it.");
            var errors = new FieldErrors();
            errors.Require(nameof(input.Text), input.Text, "Topic", OneOnOneRules.TopicMax);
            if (errors.Any) return errors.ToFailure();
            item.Text = input.Text.Trim();
        }
        if (input.Discussed is { } discussed) item.Discussed = discussed;
        if (input.Move is { } move and not 0)
        {
            // Swap with the neighbour in the same section that this person can see.
            var neighbours = access.ReadableItems(item.MeetingId).Where(a => a.Section == item.Section);
            var neighbourId = await (move < 0
                ? neighbours.Where(a => a.Position < item.Position).OrderByDescending(a => a.Position)
                : neighbours.Where(a => a.Position > item.Position).OrderBy(a => a.Position)).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (neighbourId is { } id && await db.AgendaItems.SingleAsync(a => a.Id == id, ct) is var neighbour)
                (item.Position, neighbour.Position) = (neighbour.Position, item.Position);
        }
        await SaveAgendaAsync(item.MeetingId, ct, shared: !item.IsPrivate);
        return await ChangedAsync(item.MeetingId, item.IsPrivate ? null : MeetingChange.Agenda, ct);
    }

    public async Task<Outcome<MeetingDetails>> DeleteTopicAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.AgendaItems.Where(access.ReadableItem).SingleOrDefaultAsync(a => a.Id == itemId, ct);
        if (item is null || await access.MeetingAsync(item.MeetingId, ct) is null) return Failure.NotFound("No such topic.");
        if (item.AuthorId != me.PersonId) return Failure.Forbidden("Only the person who added a topic can remove it.");
        db.AgendaItems.Remove(item);
        await SaveAgendaAsync(item.MeetingId, ct, shared: !item.IsPrivate);
        return await ChangedAsync(item.MeetingId, item.IsPrivate ? null : MeetingChange.Agenda, ct);
    }

    /// <summary>Saves the shared notes if nobody saved since <see cref="NotesInput.Version"/>; otherwise a conflict with both texts.</summary>
    public async Task<Outcome<MeetingDetails>> SaveNotesAsync(Guid meetingId, NotesInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, _)) return NoMeeting;
        if (input.Text is { Length: > OneOnOneRules.NotesMax })
            return Failure.Invalid(nameof(input.Text), $"Notes can be at most {OneOnOneRules.NotesMax:N0} characters; move older notes to a document and link it.");
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var isLead = series.LeadId == me.PersonId;
        // One conditional UPDATE: of two saves from the same version exactly one succeeds, the other sees a conflict.
        var saved = await db.Meetings.Where(m => m.Id == meetingId && m.NotesVersion == input.Version).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SharedNotes, text)
            .SetProperty(m => m.NotesVersion, m => m.NotesVersion + 1)
            .SetProperty(m => m.NotesEditedById, me.PersonId)
            .SetProperty(m => m.LeadNoteEdits, m => m.LeadNoteEdits + (isLead ? 1 : 0))
            .SetProperty(m => m.PartnerNoteEdits, m => m.PartnerNoteEdits + (isLead ? 0 : 1))
            .SetProperty(m => m.UpdatedAt, time.GetUtcNow()), ct);
        if (saved == 0)
        {
            var current = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
                .Select(m => new { m.SharedNotes, m.NotesVersion, EditedBy = db.People.Where(p => p.Id == m.NotesEditedById).Select(p => p.Name).FirstOrDefault() })
                .SingleAsync(ct);
            return new Failure(OutcomeKind.Conflict, new Dictionary<string, string[]>(),
                $"{current.EditedBy ?? "The other person"} saved the notes while you were writing. Both versions are below: merge them and save again.")
            {
                Extensions = new Dictionary<string, object?>
                {
                    ["currentNotes"] = current.SharedNotes, ["currentVersion"] = current.NotesVersion, ["yourNotes"] = text,
                },
            };
        }
        return await ChangedAsync(meetingId, MeetingChange.Notes, ct);
    }

    /// <summary>Saves (or, when empty, removes) the signed-in person's private note. Nobody else ever reads it.</summary>
    public async Task<Outcome<MeetingDetails>> SavePrivateNoteAsync(Guid meetingId, PrivateNoteInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is null) return NoMeeting;
        if (input.Text is { Length: > OneOnOneRules.NotesMax })
            return Failure.Invalid(nameof(input.Text), $"A private note can be at most {OneOnOneRules.NotesMax:N0} characters.");
        var note = await db.PrivateNotes.SingleOrDefaultAsync(n => n.MeetingId == meetingId && n.AuthorId == me.PersonId, ct);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            if (note is not null) db.PrivateNotes.Remove(note);
        }
        else if (note is null)
        {
            db.PrivateNotes.Add(new PrivateNote { Id = Ids.New(time), MeetingId = meetingId, AuthorId = me.PersonId, Text = input.Text });
        }
        else
        {
            note.Text = input.Text;
        }
        await db.SaveChangesAsync(ct);
        return await ChangedAsync(meetingId, null, ct);
    }

    public async Task<Outcome<MeetingDetails>> AddCommitmentAsync(Guid meetingId, CommitmentInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, meeting)) return NoMeeting;
        var errors = new FieldErrors();
        errors.Require(nameof(input.Text), input.Text, "Next step", OneOnOneRules.TopicMax);
        var owner = input.OwnerId ?? me.PersonId;
        if (!series.Includes(owner)) errors.Add(nameof(input.OwnerId), "A next step belongs to one of the two of you.");
        var due = input.DueDate ?? await DefaultDueAsync(series, meeting, ct);
        if (due < EarliestDue(series)) errors.Add(nameof(input.DueDate), "The due date has passed already: choose today or later.");
        if (errors.Any) return errors.ToFailure();
        db.Commitments.Add(new Commitment
        {
            Id = Ids.New(time), SeriesId = series.Id, MeetingId = meetingId, Text = input.Text.Trim(), OwnerId = owner, DueDate = due,
            CreatedById = me.PersonId,
        });
        await SaveAgendaAsync(meetingId, ct);
        return await ChangedAsync(meetingId, MeetingChange.Agenda, ct);
    }

    public async Task<Outcome<MeetingDetails>> SetCommitmentDoneAsync(Guid commitmentId, Guid meetingId, bool done, CancellationToken ct)
    {
        var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId, ct);
        if (commitment is null || await access.SeriesAsync(commitment.SeriesId, ct) is null) return Failure.NotFound("No such next step.");
        // The ledger measures each person's own follow-through: only the owner says a step is done.
        if (commitment.OwnerId != me.PersonId) return Failure.Forbidden("Only the person a next step belongs to can mark it done.");
        commitment.DoneAt = done ? commitment.DoneAt ?? time.GetUtcNow() : null;
        await db.SaveChangesAsync(ct);
        var shownOn = await db.Meetings.AnyAsync(m => m.Id == meetingId && m.SeriesId == commitment.SeriesId, ct) ? meetingId : commitment.MeetingId;
        await SaveAgendaAsync(shownOn, ct);
        return await ChangedAsync(shownOn, MeetingChange.Agenda, ct);
    }

    public async Task<Outcome<MeetingDetails>> DeleteCommitmentAsync(Guid commitmentId, CancellationToken ct)
    {
        var commitment = await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId, ct);
        if (commitment is null || await access.SeriesAsync(commitment.SeriesId, ct) is null) return Failure.NotFound("No such next step.");
        if (commitment.CreatedById != me.PersonId) return Failure.Forbidden("Only the person who wrote a next step can remove it.");
        db.Commitments.Remove(commitment);
        await SaveAgendaAsync(commitment.MeetingId, ct);
        return await ChangedAsync(commitment.MeetingId, MeetingChange.Agenda, ct);
    }

    /// <summary>Saves the wrap-up; what the report will work on and what the lead will do become next steps, due at the checkpoint.</summary>
    public async Task<Outcome<MeetingDetails>> SaveWrapUpAsync(Guid meetingId, WrapUpInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, _)) return NoMeeting;
        var errors = new FieldErrors();
        foreach (var (field, value) in new[]
                 {
                     (nameof(input.WorkOn), input.WorkOn), (nameof(input.Resources), input.Resources), (nameof(input.SuccessLooksLike), input.SuccessLooksLike),
                     (nameof(input.LeadWill), input.LeadWill), (nameof(input.Obstacles), input.Obstacles), (nameof(input.Celebrate), input.Celebrate),
                 })
            errors.Limit(field, value, "This answer", OneOnOneRules.WrapUpMax);
        if (input.Checkpoint is { } checkpoint && checkpoint < EarliestDue(series)) errors.Add(nameof(input.Checkpoint), "The checkpoint has passed already: choose today or later.");
        if (errors.Any) return errors.ToFailure();

        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, ct);
        meeting.WrapUp = new WrapUp
        {
            WorkOn = Text.Clean(input.WorkOn), Resources = Text.Clean(input.Resources),
            SuccessLooksLike = Text.Clean(input.SuccessLooksLike), LeadWill = Text.Clean(input.LeadWill), Checkpoint = input.Checkpoint,
            Obstacles = Text.Clean(input.Obstacles), Celebrate = Text.Clean(input.Celebrate),
        };
        var due = input.Checkpoint ?? await DefaultDueAsync(series, meeting, ct);
        await UpsertWrapUpStepAsync(meeting, "work-on", meeting.WrapUp.WorkOn, series.PartnerId, due, ct);
        await UpsertWrapUpStepAsync(meeting, "lead-will", meeting.WrapUp.LeadWill, series.LeadId, due, ct);
        meeting.AgendaVersion++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Both saved the wrap-up at the same moment: one next step per part (a unique index), theirs stands.
            return Failure.Conflict("The other person saved the wrap-up at the same moment. Reload to see theirs, then save again.");
        }
        return await ChangedAsync(meetingId, MeetingChange.Agenda, ct);
    }

    /// <summary>Marks the meeting held; topics not discussed move to the next meeting, marked as carried.</summary>
    public async Task<Outcome<MeetingDetails>> HoldAsync(Guid meetingId, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, found)) return NoMeeting;
        if (found.Status != MeetingStatus.Scheduled) return Failure.Conflict($"This meeting is {found.Status.ToString().ToLowerInvariant()} already.");
        if (OneOnOneRules.HoldableFrom(found.StartsAt) > time.GetUtcNow())
            return Failure.Invalid("Status", $"This meeting starts in more than {OneOnOneRules.HoldFrom.TotalHours:0} hours: mark it held once you have met. Met earlier? Move it to when you met, then mark it held.");
        var now = time.GetUtcNow();
        return await CloseAsync(series, found, s => s.SetProperty(m => m.Status, MeetingStatus.Held).SetProperty(m => m.HeldAt, now), onlyUndiscussed: true, ct);
    }

    /// <summary>Cancels the meeting, recording who and why; all its topics move to the next meeting.</summary>
    public async Task<Outcome<MeetingDetails>> CancelAsync(Guid meetingId, CancelInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, found)) return NoMeeting;
        var errors = new FieldErrors();
        errors.Require(nameof(input.Reason), input.Reason, "A reason", OneOnOneRules.ReasonMax);
        if (errors.Any) return errors.ToFailure();
        if (found.Status != MeetingStatus.Scheduled) return Failure.Conflict($"This meeting is {found.Status.ToString().ToLowerInvariant()} already.");
        var reason = input.Reason!.Trim();
        return await CloseAsync(series, found, s => s.SetProperty(m => m.Status, MeetingStatus.Cancelled).SetProperty(m => m.ChangeReason, reason),
            onlyUndiscussed: false, ct);
    }

    public async Task<Outcome<MeetingDetails>> RescheduleAsync(Guid meetingId, RescheduleInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (_, found)) return NoMeeting;
        var errors = new FieldErrors();
        var now = time.GetUtcNow();
        if (input.StartsAt < now) errors.Add(nameof(input.StartsAt), "Choose a time that hasn't passed.");
        else if (input.StartsAt > now.AddDays(366)) errors.Add(nameof(input.StartsAt), "Choose a time within the next year.");
        errors.Limit(nameof(input.Reason), input.Reason, "The reason", OneOnOneRules.ReasonMax);
        if (errors.Any) return errors.ToFailure();
        if (found.Status != MeetingStatus.Scheduled) return Failure.Conflict($"This meeting is {found.Status.ToString().ToLowerInvariant()}: it can't be moved.");
        var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId, ct);
        meeting.RescheduledFrom ??= meeting.StartsAt;
        meeting.StartsAt = input.StartsAt.ToUniversalTime();
        meeting.ChangedById = me.PersonId;
        meeting.ChangeReason = Text.Clean(input.Reason);
        await db.SaveChangesAsync(ct);
        return await ChangedAsync(meetingId, MeetingChange.Meeting, ct);
    }

    /// <summary>Rates a held meeting privately; rating again replaces the earlier score.</summary>
    public async Task<Outcome<MeetingDetails>> RateAsync(Guid meetingId, RatingInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, meeting)) return NoMeeting;
        if (input.Score is < 1 or > 5) return Failure.Invalid(nameof(input.Score), "Rate from 1 (not useful) to 5 (very useful).");
        if (meeting.Status != MeetingStatus.Held) return Failure.Invalid(nameof(input.Score), "Rate a meeting once it has been held.");
        var rating = await db.MeetingRatings.SingleOrDefaultAsync(r => r.MeetingId == meetingId && r.RaterId == me.PersonId, ct);
        if (rating is null)
        {
            db.MeetingRatings.Add(new MeetingRating
            {
                Id = Ids.New(time), MeetingId = meetingId, SeriesId = series.Id, RaterId = me.PersonId, LeadId = series.LeadId,
                Score = input.Score, At = time.GetUtcNow(),
            });
        }
        else
        {
            rating.Score = input.Score;
            rating.At = time.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        return await ChangedAsync(meetingId, null, ct);
    }

    /// <summary>Logs a coaching question as asked here, so the bank suggests others in the next meetings.</summary>
    public async Task<Outcome<MeetingDetails>> AskAsync(Guid meetingId, AskInput input, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, _)) return NoMeeting;
        if ((await queries.BankAsync(ct)).All(q => q.Key != input.Key)) return Failure.Invalid(nameof(input.Key), "There is no such question in the bank.");
        if (!await db.AskedQuestions.AnyAsync(q => q.MeetingId == meetingId && q.QuestionKey == input.Key, ct))
        {
            db.AskedQuestions.Add(new AskedQuestion
            {
                Id = Ids.New(time), SeriesId = series.Id, MeetingId = meetingId, QuestionKey = input.Key, AskedById = me.PersonId, AskedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        return await ChangedAsync(meetingId, MeetingChange.Agenda, ct);
    }

    private static Failure NoMeeting => Failure.NotFound("No such meeting.");

    // Holds or cancels a scheduled meeting and moves its topics (the undiscussed ones, or all) to the next one. The
    // status changes with a conditional UPDATE: of two people holding (or one holding, one cancelling) at once,
    // exactly one wins and the other sees a conflict.
    private async Task<Outcome<MeetingDetails>> CloseAsync(OneOnOneSeries series, Meeting meeting, Action<UpdateSettersBuilder<Meeting>> status,
        bool onlyUndiscussed, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var changed = await db.Meetings.Where(m => m.Id == meeting.Id && m.Status == MeetingStatus.Scheduled).ExecuteUpdateAsync(s =>
        {
            status(s);
            s.SetProperty(m => m.ChangedById, me.PersonId).SetProperty(m => m.UpdatedAt, now);
        }, ct);
        if (changed == 0) return Failure.Conflict("The other person changed this meeting just now. Reload to see it.");
        var next = await planner.NextAsync(series, meeting.StartsAt, [meeting.Id], ct);
        var sharedMoved = next is null ? 0 : await planner.MoveItemsAsync([meeting.Id], next, carried: true, ct, onlyUndiscussed);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (sharedMoved > 0) await events.PublishAsync(next!.Id, MeetingChange.Agenda, ct);
        return await ChangedAsync(meeting.Id, MeetingChange.Meeting, ct);
    }

    // A wrap-up answer is a next step of its owner, unless an open next step of the pair already says the same.
    private async Task UpsertWrapUpStepAsync(Meeting meeting, string source, string? text, Guid owner, DateOnly due, CancellationToken ct)
    {
        var step = await db.Commitments.SingleOrDefaultAsync(c => c.MeetingId == meeting.Id && c.Source == source, ct);
        var trimmed = text is null ? null : text.Length > OneOnOneRules.TopicMax ? text[..OneOnOneRules.TopicMax] : text;
        if (trimmed is not null && await SaysTheSameAsync(meeting.SeriesId, step?.Id, trimmed, ct)) trimmed = null;
        if (trimmed is null)
        {
            if (step is { DoneAt: null }) db.Commitments.Remove(step);
            return;
        }
        if (step is null)
        {
            db.Commitments.Add(new Commitment
            {
                Id = Ids.New(time), SeriesId = meeting.SeriesId, MeetingId = meeting.Id, Text = trimmed, OwnerId = owner, DueDate = due,
                Source = source, CreatedById = me.PersonId,
            });
            return;
        }
        step.Text = trimmed;
        if (step.DueDate != due) step.OverdueNoticeAt = null;
        step.DueDate = due;
    }

    // Compared in the database, ignoring case and surrounding spaces (Text.Clean has trimmed the answer).
    private Task<bool> SaysTheSameAsync(Guid seriesId, Guid? except, string text, CancellationToken ct)
    {
        var lower = text.ToLowerInvariant();
        return db.Commitments.AnyAsync(c => c.SeriesId == seriesId && c.DoneAt == null && c.Id != except && c.Text.Trim().ToLower() == lower, ct);
    }

    // Next steps are due at the next meeting unless the pair says otherwise.
    private async Task<DateOnly> DefaultDueAsync(OneOnOneSeries series, Meeting meeting, CancellationToken ct)
    {
        var next = await planner.NextAsync(series, meeting.StartsAt, [meeting.Id], ct);
        var zone = TimeZones.FindOrUtc(series.TimeZone);
        var at = next?.StartsAt ?? meeting.StartsAt.AddDays(7);
        var due = DateOnly.FromDateTime(TimeZones.InZone(at, zone));
        return due < EarliestDue(series) ? EarliestDue(series).AddDays(7) : due;
    }

    // Yesterday in the series' zone: lenient for a partner whose own day is behind.
    private DateOnly EarliestDue(OneOnOneSeries series) => TimeZones.Today(time, series.TimeZone).AddDays(-1);

    // Saves, and for changes both people see bumps the agenda version (a private change must leave no trace).
    private async Task SaveAgendaAsync(Guid meetingId, CancellationToken ct, bool shared = true)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (shared)
            await db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.AgendaVersion, m => m.AgendaVersion + 1), ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<Outcome<MeetingDetails>> ChangedAsync(Guid meetingId, MeetingChange? change, CancellationToken ct)
    {
        if (change is { } c) await events.PublishAsync(meetingId, c, ct);
        return (await queries.MeetingAsync(meetingId, ct))!;
    }
}
