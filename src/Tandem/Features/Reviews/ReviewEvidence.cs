using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Features.Goals;
using Tandem.Features.OneOnOnes;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// The evidence packet of a review: what the period left behind about the person, as far as the signed-in person may read
/// it (docs/security.md, "Reviews"). Goals and their check-ins through the reporting line (a peer sees public goals);
/// feedback the reader may read, anonymous feedback only as counts, for the person and their manager; 1:1s (wins and
/// shared notes) and their commitments only where the reader is one of the two; development actions, the "is it working"
/// trend and assessments for the person and those who read them as a manager. Never private notes or talking points.
/// An HR admin's audited rights don't reach in here: what HR sees through a review is what the reporting line gives them.
/// </summary>
public sealed class ReviewEvidence(TandemDb db, Reach reach, GoalAccess goals, FeedbackAccess feedback, IFeedbackEvidence trends)
{
    /// <summary>At most this many pieces of each kind, newest first: a packet to cite from, not an archive.</summary>
    public const int MaxPerKind = 25;

    private const int Excerpt = 160;

    private static readonly char[] MarkdownMarks = ['*', '_', '`', '#', '>'];

    /// <param name="managerId">The person's manager, as the caller has just read the person.</param>
    public async Task<EvidencePacket> GetAsync(Guid personId, Guid? managerId, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var (from, until) = (Instant(start), Instant(end.AddDays(1)));
        var items = new List<EvidenceItem>();
        var goalIds = await GoalsAsync(personId, start, end, items, ct);
        await CheckInsAsync(goalIds, from, until, items, ct);
        await FeedbackAsync(personId, from, until, items, ct);
        await MeetingsAsync(personId, start, end, items, ct);
        // The person and their direct manager see the balance (and so the anonymous counts); the chain above reads development too.
        var balance = feedback.CanSeeBalance(personId, managerId);
        var personal = balance || await reach.CanReadAsManagerAsync(personId, ct);
        var capabilityTrends = personal ? await DevelopmentAsync(personId, from, until, items, ct) : [];
        if (personal) await AssessmentsAsync(personId, from, until, items, ct);
        List<AnonymousCount> anonymous = !balance ? [] : await feedback.ReleasedAnonymous(personId).AsNoTracking()
            .Where(f => f.CreatedAt >= from && f.CreatedAt < until).GroupBy(f => f.Kind).Select(g => new AnonymousCount(g.Key, g.Count())).ToListAsync(ct);
        int Count(FeedbackKind kind) => anonymous.FirstOrDefault(a => a.Key == kind)?.Count ?? 0;
        var tally = anonymous.Count == 0 ? null : new AnonymousTally(Count(FeedbackKind.Praise), Count(FeedbackKind.Constructive), Count(FeedbackKind.Feedforward));
        return new EvidencePacket(items, tally, capabilityTrends, RecentFrom(start, end));
    }

    private sealed record AnonymousCount(FeedbackKind Key, int Count);

    /// <summary>The first day of the period's last quarter.</summary>
    public static DateOnly RecentFrom(DateOnly start, DateOnly end) => end.AddDays(-((end.DayNumber - start.DayNumber + 1) / 4) + 1);

    private async Task<List<Guid>> GoalsAsync(Guid personId, DateOnly start, DateOnly end, List<EvidenceItem> items, CancellationToken ct)
    {
        var rows = await goals.ThroughTheReportingLine(db.Goals.AsNoTracking())
            .Where(g => g.OwnerType == GoalOwnerType.Person && g.OwnerPersonId == personId
                && ((g.Period != null && g.Period.Start <= end && g.Period.End >= start) || (g.Period == null && g.DueDate >= start && g.DueDate <= end)))
            .Where(g => g.Status != GoalStatus.Dropped)
            .OrderBy(g => g.Title).Take(RatedItems.Max)
            .Select(g => new { g.Id, g.Title, g.Progress, g.Score, g.Status }).ToListAsync(ct);
        items.AddRange(rows.Select(g => new EvidenceItem(CitationKind.Goal, g.Id, null, g.Title,
            $"{Percent(g.Progress)} done · {Words(g.Status)}" + (g.Score is { } score ? $" · scored {score.ToString("0.0#", CultureInfo.InvariantCulture)}" : ""),
            $"/goals/{g.Id}", g.Progress)));
        return [.. rows.Select(g => g.Id)];
    }

    private async Task CheckInsAsync(List<Guid> goalIds, DateTimeOffset from, DateTimeOffset until, List<EvidenceItem> items, CancellationToken ct)
    {
        if (goalIds.Count == 0) return;
        var rows = await db.KeyResultUpdates.AsNoTracking().Where(u => goalIds.Contains(u.GoalId) && u.At >= from && u.At < until)
            .OrderByDescending(u => u.At).Take(MaxPerKind)
            .Select(u => new { u.Id, u.GoalId, u.At, u.Confidence, u.Status, u.Comment, KeyResult = db.KeyResults.Where(k => k.Id == u.KeyResultId).Select(k => k.Title).First() })
            .ToListAsync(ct);
        items.AddRange(rows.Select(u => new EvidenceItem(CitationKind.CheckIn, u.Id, u.At, u.KeyResult,
            Join($"confidence {u.Confidence}/10 · {Words(u.Status)}", Cut(u.Comment)), $"/goals/{u.GoalId}")));
    }

    private async Task FeedbackAsync(Guid personId, DateTimeOffset from, DateTimeOffset until, List<EvidenceItem> items, CancellationToken ct)
    {
        var rows = await feedback.Readable(db.FeedbackItems.AsNoTracking())
            .Where(f => f.ReceiverId == personId && !f.IsAnonymous && f.CreatedAt >= from && f.CreatedAt < until)
            .OrderByDescending(f => f.CreatedAt).Take(MaxPerKind)
            .Select(f => new { f.Id, f.Kind, f.Text, f.CreatedAt, Giver = db.People.Where(p => p.Id == f.GiverId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync(ct);
        var link = reach.IsMe(personId) ? "/feedback" : $"/people/{personId}";
        items.AddRange(rows.Select(f => new EvidenceItem(CitationKind.Feedback, f.Id, f.CreatedAt, $"{KindWord(f.Kind)} from {f.Giver ?? "someone who has left"}", Cut(f.Text), link)));
    }

    // The 1:1s of the reader with the person (for a self review: the person's own, with their managers and mentors).
    // Two reads: the held meetings with their wins, then the commitments; both find the pair's series first and read
    // by their (series, date) indexes.
    private async Task MeetingsAsync(Guid personId, DateOnly start, DateOnly end, List<EvidenceItem> items, CancellationToken ct)
    {
        var me = reach.Me;
        var series = (reach.IsMe(personId)
            ? db.OneOnOneSeries.Where(s => s.PartnerId == me)
            : db.OneOnOneSeries.Where(s => (s.LeadId == me && s.PartnerId == personId) || (s.PartnerId == me && s.LeadId == personId)))
            .Select(s => s.Id);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => series.Contains(m.SeriesId) && m.Status == MeetingStatus.Held && m.OccursOn >= start && m.OccursOn <= end)
            .OrderByDescending(m => m.OccursOn).Take(MaxPerKind)
            .Select(m => new
            {
                m.Id, m.StartsAt, m.SharedNotes, m.WrapUp.Celebrate,
                Wins = db.AgendaItems.Where(a => a.MeetingId == m.Id && !a.IsPrivate && a.Section.StartsWith(WinsSection)).OrderBy(a => a.Position).Select(a => a.Text).ToList(),
            })
            .ToListAsync(ct);
        items.AddRange(meetings.Select(m =>
        {
            var won = m.Wins.Append(m.Celebrate).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
            var detail = Join(won.Count > 0 ? "Wins: " + Cut(string.Join("; ", won)) : null, Cut(m.SharedNotes));
            return new EvidenceItem(CitationKind.Meeting, m.Id, m.StartsAt, $"1:1 on {m.StartsAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}", detail,
                $"/one-on-ones/meetings/{m.Id}");
        }));

        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => series.Contains(c.SeriesId) && c.DueDate >= start && c.DueDate <= end)
            .OrderByDescending(c => c.DueDate).Take(MaxPerKind)
            .Select(c => new { c.Id, c.MeetingId, c.Text, c.DueDate, c.DoneAt, Owner = db.People.Where(p => p.Id == c.OwnerId).Select(p => p.Name).First() })
            .ToListAsync(ct);
        items.AddRange(commitments.Select(c => new EvidenceItem(CitationKind.Commitment, c.Id, Instant(c.DueDate), Cut(c.Text)!,
            $"{c.Owner} · due {c.DueDate.ToString("d MMM", CultureInfo.InvariantCulture)} · {Kept(c.DueDate, c.DoneAt, end)}", $"/one-on-ones/meetings/{c.MeetingId}")));
    }

    private async Task<IReadOnlyList<CapabilityTrend>> DevelopmentAsync(Guid personId, DateTimeOffset from, DateTimeOffset until, List<EvidenceItem> items, CancellationToken ct)
    {
        // The plan's actions in one read, from the plan (by person) to its actions (by plan), with their capability's name.
        var me = reach.Me;
        var actions = await db.DevelopmentPlans.Where(p => p.PersonId == personId && (p.SharedAt != null || p.PersonId == me))
            .Join(db.DevelopmentActions, p => p.Id, a => a.PlanId, (p, a) => new
            {
                a.Id, a.Text, a.Status, a.DueDate, a.CapabilityId, a.CreatedAt, a.UpdatedAt,
                Capability = db.Capabilities.Where(c => c.Id == a.CapabilityId).Select(c => c.Name).FirstOrDefault(),
            })
            .AsNoTracking().ToListAsync(ct);
        items.AddRange(actions.Where(a => (a.UpdatedAt >= from && a.UpdatedAt < until) || (a.CreatedAt >= from && a.CreatedAt < until))
            .OrderByDescending(a => a.UpdatedAt).Take(MaxPerKind)
            .Select(a => new EvidenceItem(CitationKind.DevelopmentAction, a.Id, a.UpdatedAt < until ? a.UpdatedAt : a.CreatedAt, Cut(a.Text)!,
                ActionWord(a.Status) + (a.DueDate is { } due ? $" · due {due.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" : ""), $"/people/{personId}/plan")));
        var starts = actions.Where(a => a.CapabilityId is not null).GroupBy(a => a.CapabilityId!.Value).Select(g => (g.Key, g.Min(a => a.CreatedAt))).ToList();
        if (starts.Count == 0) return [];
        var moved = await trends.CapabilityTrendsAsync(personId, starts, ct);
        var names = actions.Where(a => a.Capability is not null).GroupBy(a => a.CapabilityId!.Value).ToDictionary(g => g.Key, g => g.First().Capability!);
        return [.. moved.Where(m => names.ContainsKey(m.CapabilityId)).Select(m => new CapabilityTrend(m.CapabilityId, names[m.CapabilityId], m.Trend))];
    }

    private async Task AssessmentsAsync(Guid personId, DateTimeOffset from, DateTimeOffset until, List<EvidenceItem> items, CancellationToken ct)
    {
        var rows = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId && a.At >= from && a.At < until)
            .OrderByDescending(a => a.At).Take(MaxPerKind)
            .Select(a => new { a.Id, a.Kind, a.Level, a.Evidence, a.At, Capability = db.Capabilities.Where(c => c.Id == a.CapabilityId).Select(c => c.Name).First() })
            .ToListAsync(ct);
        items.AddRange(rows.Select(a => new EvidenceItem(CitationKind.Assessment, a.Id, a.At, $"{a.Capability}: level {a.Level}",
            Join(a.Kind == AssessmentKind.Self ? "self assessment" : "manager assessment", Cut(a.Evidence)), $"/people/{personId}/capabilities")));
    }

    // The default agenda opens with "Wins since last time"; teams' own templates often keep a "Wins…" section too.
    private const string WinsSection = "Wins";

    private static string Kept(DateOnly due, DateTimeOffset? doneAt, DateOnly periodEnd) => doneAt switch
    {
        { } done when DateOnly.FromDateTime(done.UtcDateTime) <= due => "kept",
        not null => "kept late",
        _ when due < periodEnd => "missed",
        _ => "open",
    };

    private static string KindWord(FeedbackKind kind) => kind switch
    {
        FeedbackKind.Praise => "Praise",
        FeedbackKind.Constructive => "Constructive feedback",
        _ => "Feedforward",
    };

    private static string ActionWord(ActionStatus status) => status switch
    {
        ActionStatus.Done => "done",
        ActionStatus.InProgress => "in progress",
        _ => "not started",
    };

    // OnTrack → "on track".
    private static string Words(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string? Cut(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Shared notes are Markdown: an excerpt is plain text.
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(MarkdownMarks)).Where(w => w.Length > 0 && w != "-"));
        return flat.Length <= Excerpt ? flat : flat[..Excerpt].TrimEnd() + "…";
    }

    private static string? Join(string? a, string? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        _ => $"{a} · {b}",
    };
}
