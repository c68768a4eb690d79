using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>Reading 1:1s. Every query starts from <see cref="OneOnOneAccess"/>: only the two participants read a series.</summary>
public sealed class OneOnOneQueries(TandemDb db, CurrentUser me, Reach reach, OneOnOneAccess access, TimeProvider time, Development.PlanService plans)
{
    /// <summary>The signed-in person's series, active ones first, by the other person's name.</summary>
    public async Task<List<SeriesInfo>> MineAsync(CancellationToken ct) => await ProjectAsync(access.Mine(), ct);

    public async Task<SeriesInfo?> SeriesAsync(Guid id, CancellationToken ct) =>
        (await ProjectAsync(access.Mine().Where(s => s.Id == id), ct)).SingleOrDefault();

    /// <summary>
    /// The signed-in person's planned 1:1s that overlap, from now to as far ahead as meetings are planned, so someone
    /// with many 1:1s sees a clash before it happens. One indexed read of their upcoming meetings, then one sweep.
    /// </summary>
    public async Task<List<MeetingClash>> ClashesAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        var now = time.GetUtcNow();
        var until = now + OneOnOneRules.PlanAhead;
        var since = now.AddMinutes(-OneOnOneRules.DurationMax); // so that a meeting under way counts
        var planned = await (
            from m in db.Meetings.AsNoTracking()
            join s in access.Mine() on m.SeriesId equals s.Id
            join other in db.People on (s.LeadId == meId ? s.PartnerId : s.LeadId) equals other.Id
            where s.EndedAt == null && m.Status == MeetingStatus.Scheduled && m.StartsAt > since && m.StartsAt < until
            orderby m.StartsAt
            select new PlannedMeeting(m.Id, m.StartsAt, m.DurationMinutes, other.Name))
            .ToListAsync(ct);
        return MeetingClash.Find([.. planned.Where(m => m.EndsAt > now)]);
    }

    /// <summary>The people a 1:1 is usually with: the signed-in person's manager and direct reports.</summary>
    public Task<List<PersonRef>> UsualPartnersAsync(CancellationToken ct)
    {
        var meId = me.PersonId;
        var managerId = me.ManagerChain.Count > 0 ? me.ManagerChain[0] : Guid.Empty;
        var reports = reach.DirectReports().Select(p => p.Id);
        return db.People.AsNoTracking().Where(p => p.Status != PersonStatus.Left && (p.Id == managerId || reports.Contains(p.Id)))
            .OrderBy(p => p.Id != managerId).ThenBy(p => p.Name).Select(p => new PersonRef(p.Id, p.Name, p.Title)).ToListAsync(ct);
    }

    /// <summary>The sections of a series' agenda template (Tandem's default when it has none).</summary>
    public async Task<IReadOnlyList<SectionInfo>> SectionsAsync(Guid? templateId, CancellationToken ct)
    {
        if (templateId is not { } id) return OneOnOneRules.DefaultSections;
        var sections = await db.TemplateSections.AsNoTracking().Where(s => s.TemplateId == id).OrderBy(s => s.Position)
            .Select(s => new SectionInfo(s.Title, s.Minutes, s.Prompt)).ToListAsync(ct);
        return sections.Count > 0 ? sections : OneOnOneRules.DefaultSections;
    }

    /// <summary>A series' meetings, newest first: upcoming and past.</summary>
    public Task<List<MeetingRef>> MeetingsAsync(Guid seriesId, CancellationToken ct) =>
        db.Meetings.AsNoTracking().Where(m => m.SeriesId == seriesId).OrderByDescending(m => m.StartsAt)
            .Select(m => new MeetingRef(m.Id, m.StartsAt, m.DurationMinutes, m.Status)).Take(60).ToListAsync(ct);

    /// <summary>Every next step of a series (the commitment ledger), open ones first.</summary>
    public async Task<List<CommitmentInfo>> CommitmentsAsync(Guid seriesId, Guid? currentMeeting, CancellationToken ct)
    {
        var rows = await (
            from c in db.Commitments.AsNoTracking()
            join owner in db.People on c.OwnerId equals owner.Id
            where c.SeriesId == seriesId
            orderby c.DoneAt != null, c.DueDate
            select new { c.Id, c.Text, c.OwnerId, c.DueDate, c.DoneAt, c.MeetingId, c.Source, Owner = new PersonRef(owner.Id, owner.Name, owner.Title) })
            .ToListAsync(ct);
        var today = Today();
        return [.. rows.Select(c => new CommitmentInfo(c.Id, c.Text, c.Owner, c.DueDate, c.DoneAt, c.MeetingId,
            currentMeeting is { } m && c.MeetingId != m, State(c.DueDate, c.DoneAt, today), c.Source is not null))];
    }

    public async Task<MeetingDetails?> MeetingAsync(Guid meetingId, CancellationToken ct)
    {
        if (await access.MeetingAsync(meetingId, ct) is not var (series, meeting)) return null;
        var info = (await SeriesAsync(series.Id, ct))!;
        var sections = await SectionsAsync(series.TemplateId, ct);
        var items = await (
            from a in access.ReadableItems(meetingId)
            join author in db.People on a.AuthorId equals author.Id
            orderby a.Position
            select new AgendaItemInfo(a.Id, a.Section, a.Text, new PersonRef(author.Id, author.Name, author.Title),
                a.IsPrivate, a.Position, a.Discussed, a.TimesCarried, a.AuthorId == me.PersonId))
            .ToListAsync(ct);
        // Positions as this viewer sees them (dense), so gaps never hint at someone else's private topics.
        items = [.. items.Select((item, index) => item with { Position = index })];
        // Topics in a section the template no longer has keep their own section at the end.
        var agenda = sections.Select(s => new AgendaSection(s.Title, s.Minutes, s.Prompt, [.. items.Where(i => i.Section == s.Title)])).ToList();
        agenda.AddRange(items.Where(i => sections.All(s => s.Title != i.Section)).GroupBy(i => i.Section)
            .Select(g => new AgendaSection(g.Key, 0, null, [.. g])));

        // Next steps: open ones from before, those agreed here, and those done since the previous meeting.
        var commitments = (await CommitmentsAsync(series.Id, meetingId, ct))
            .Where(c => c.MeetingId == meetingId || c.DoneAt is null || c.DoneAt > meeting.StartsAt.AddDays(-1)).ToList();
        var privateNote = await db.PrivateNotes.AsNoTracking().Where(n => n.MeetingId == meetingId && n.AuthorId == me.PersonId)
            .Select(n => n.Text).SingleOrDefaultAsync(ct);
        var myRating = await db.MeetingRatings.AsNoTracking().Where(r => r.MeetingId == meetingId && r.RaterId == me.PersonId)
            .Select(r => (int?)r.Score).SingleOrDefaultAsync(ct);
        var previous = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == series.Id && m.StartsAt < meeting.StartsAt)
            .OrderByDescending(m => m.StartsAt).Select(m => new MeetingRef(m.Id, m.StartsAt, m.DurationMinutes, m.Status)).FirstOrDefaultAsync(ct);
        var next = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == series.Id && m.StartsAt > meeting.StartsAt)
            .OrderBy(m => m.StartsAt).Select(m => new MeetingRef(m.Id, m.StartsAt, m.DurationMinutes, m.Status)).FirstOrDefaultAsync(ct);
        var (suggested, asked) = await QuestionsAsync(series.Id, meeting, ct);
        var changedBy = meeting.ChangedById is { } by ? await db.People.Where(p => p.Id == by).Select(p => p.Name).SingleOrDefaultAsync(ct) : null;
        var otherZone = await db.People.Where(p => p.Id == series.Other(me.PersonId)).Select(p => p.TimeZone).SingleAsync(ct);
        var w = meeting.WrapUp;
        return new MeetingDetails(meeting.Id, info, meeting.StartsAt, meeting.DurationMinutes, meeting.Status, meeting.RescheduledFrom,
            changedBy, meeting.ChangeReason, agenda, meeting.AgendaVersion, meeting.SharedNotes, meeting.NotesVersion, privateNote, commitments,
            new WrapUpInput(w.WorkOn, w.Resources, w.SuccessLooksLike, w.LeadWill, w.Checkpoint, w.Obstacles, w.Celebrate),
            suggested, asked, myRating, previous, next, series.LeadId == me.PersonId, otherZone,
            // The report's plan: its open actions and momentum, as far as the viewer may read it (drafts stay private).
            await plans.FocusAsync(series.PartnerId, ct));
    }

    /// <summary>The whole bank for this organisation: Tandem's questions and its own.</summary>
    public async Task<List<CoachingQuestion>> BankAsync(CancellationToken ct)
    {
        var own = await db.OrgQuestions.AsNoTracking().OrderBy(q => q.CreatedAt)
            .Select(q => new { q.Id, q.Group, q.Text }).ToListAsync(ct);
        return [.. CoachingQuestions.BuiltIn, .. own.Select(q => new CoachingQuestion("org-" + q.Id.ToString("N"), q.Group, q.Text))];
    }

    // One or two questions not asked in this pair's last few meetings, stable for the meeting; and those asked in it.
    private async Task<(List<QuestionInfo> Suggested, List<QuestionInfo> Asked)> QuestionsAsync(Guid seriesId, Meeting meeting, CancellationToken ct)
    {
        var recentMeetings = db.Meetings.Where(m => m.SeriesId == seriesId && m.StartsAt <= meeting.StartsAt)
            .OrderByDescending(m => m.StartsAt).Take(OneOnOneRules.RecentMeetings).Select(m => m.Id);
        var asked = await db.AskedQuestions.AsNoTracking().Where(q => q.SeriesId == seriesId && recentMeetings.Contains(q.MeetingId))
            .Select(q => new { q.QuestionKey, q.MeetingId }).ToListAsync(ct);
        var bank = await BankAsync(ct);
        var seed = meeting.OccursOn.DayNumber;
        var suggested = CoachingQuestions.Suggest(bank, asked.Select(a => a.QuestionKey).ToHashSet(StringComparer.Ordinal), seed);
        var here = asked.Where(a => a.MeetingId == meeting.Id).Select(a => a.QuestionKey).ToHashSet(StringComparer.Ordinal);
        static QuestionInfo Info(CoachingQuestion q) => new(q.Key, q.Group, q.Text);
        return ([.. suggested.Select(Info)], [.. bank.Where(q => here.Contains(q.Key)).Select(Info)]);
    }

    private async Task<List<SeriesInfo>> ProjectAsync(IQueryable<OneOnOneSeries> series, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // People by joins and meetings by id: a PersonRef or MeetingRef taken with First() inside the projection becomes
        // a window over every person (or meeting) of the organisation, which grows with it.
        var rows = await (
            from s in series
            join lead in db.People on s.LeadId equals lead.Id
            join partner in db.People on s.PartnerId equals partner.Id
            select new
            {
                Series = s,
                Lead = new PersonRef(lead.Id, lead.Name, lead.Title),
                Partner = new PersonRef(partner.Id, partner.Name, partner.Title),
                Template = db.MeetingTemplates.Where(t => t.Id == s.TemplateId).Select(t => t.Name).FirstOrDefault(),
                Next = db.Meetings.Where(m => m.SeriesId == s.Id && m.StartsAt > now && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt)
                    .Select(m => (Guid?)m.Id).FirstOrDefault(),
                Last = db.Meetings.Where(m => m.SeriesId == s.Id && m.Status == MeetingStatus.Held).OrderByDescending(m => m.StartsAt)
                    .Select(m => (Guid?)m.Id).FirstOrDefault(),
                Open = db.Commitments.Count(c => c.SeriesId == s.Id && c.DoneAt == null),
            })
            .ToListAsync(ct);
        var ids = rows.SelectMany(r => new[] { r.Next, r.Last }).OfType<Guid>().ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new MeetingRef(m.Id, m.StartsAt, m.DurationMinutes, m.Status)).ToDictionaryAsync(m => m.Id, ct);
        MeetingRef? Meeting(Guid? id) => id is { } m ? meetings[m] : null;
        return [.. rows
            .Select(r => new SeriesInfo(r.Series.Id, r.Lead, r.Partner, r.Series.Kind, r.Series.Cadence, r.Series.Weekday, r.Series.WeekOfMonth,
                r.Series.LocalTime, r.Series.TimeZone, r.Series.DurationMinutes, r.Series.VideoLink, r.Series.TemplateId,
                r.Template ?? OneOnOneRules.DefaultTemplateName, r.Series.StartDate, r.Series.EndedAt, r.Series.Version, Meeting(r.Next), Meeting(r.Last), r.Open))
            .OrderBy(s => s.EndedAt is not null).ThenBy(s => (s.Lead.Id == me.PersonId ? s.Partner : s.Lead).Name, StringComparer.CurrentCulture)];
    }

    private DateOnly Today() => TimeZones.Today(time, me.TimeZone);

    public static CommitmentState State(DateOnly due, DateTimeOffset? doneAt, DateOnly today) => doneAt is { } done
        ? (DateOnly.FromDateTime(done.UtcDateTime) <= due ? CommitmentState.DoneOnTime : CommitmentState.DoneLate)
        : due < today ? CommitmentState.Overdue : CommitmentState.Open;
}
