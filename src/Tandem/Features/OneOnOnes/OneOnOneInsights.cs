using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>The measured side of 1:1s: two-way index, commitment ledger, cadence adherence, ratings.</summary>
public sealed class OneOnOneInsights(TandemDb db, CurrentUser me, Reach reach, OneOnOneAccess access, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(180);

    /// <summary>A pair's numbers, for the participants, the lead's manager chain and HR admins; null otherwise.</summary>
    public async Task<PairMetrics?> PairAsync(Guid seriesId, CancellationToken ct)
    {
        var series = await db.OneOnOneSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seriesId, ct);
        if (series is null || !await access.CanSeeMetricsAsync(series, ct)) return null;
        var people = await db.People.AsNoTracking().Where(p => p.Id == series.LeadId || p.Id == series.PartnerId)
            .ToDictionaryAsync(p => p.Id, p => new PersonRef(p.Id, p.Name, p.Title), ct);

        var recent = db.Meetings.Where(m => m.SeriesId == seriesId && m.Status == MeetingStatus.Held)
            .OrderByDescending(m => m.StartsAt).Take(OneOnOneRules.RecentMeetings);
        var notes = await recent.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Lead = g.Sum(m => m.LeadNoteEdits), Partner = g.Sum(m => m.PartnerNoteEdits) })
            .SingleOrDefaultAsync(ct);
        var recentIds = recent.Select(m => m.Id);
        // Shared topics only: private talking points are nobody else's business, not even as a count.
        var topics = await db.AgendaItems.Where(a => a.SeriesId == seriesId && !a.IsPrivate && recentIds.Contains(a.MeetingId))
            .GroupBy(a => a.AuthorId).Select(g => new { Author = g.Key, Count = g.Count() }).ToListAsync(ct);
        var twoWay = new TwoWayIndex(notes?.Count ?? 0,
            topics.Where(t => t.Author == series.PartnerId).Sum(t => t.Count), topics.Where(t => t.Author == series.LeadId).Sum(t => t.Count),
            notes?.Partner ?? 0, notes?.Lead ?? 0);

        var commitments = await db.Commitments.AsNoTracking().Where(c => c.SeriesId == seriesId)
            .Select(c => new { c.OwnerId, c.DueDate, c.DoneAt }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var followThrough = new[] { series.LeadId, series.PartnerId }.Select(id =>
        {
            var states = commitments.Where(c => c.OwnerId == id).Select(c => OneOnOneQueries.State(c.DueDate, c.DoneAt, today)).ToList();
            return new FollowThrough(people[id], states.Count(s => s == CommitmentState.DoneOnTime), states.Count(s => s == CommitmentState.DoneLate),
                states.Count(s => s == CommitmentState.Overdue), states.Count(s => s == CommitmentState.Open));
        }).ToList();
        return new PairMetrics(seriesId, people[series.LeadId], people[series.PartnerId], twoWay, followThrough,
            await AdherenceAsync(db.Meetings.Where(m => m.SeriesId == seriesId), ct));
    }

    /// <summary>Cadence adherence over all the series a person leads (their own, or a report's for their managers).</summary>
    public async Task<CadenceAdherence?> LeadAdherenceAsync(Guid leadId, CancellationToken ct)
    {
        // Themselves, their managers, and HR admins for someone of this organisation: any other id is not found.
        if (!await reach.CanReadPersonalAsync(leadId, ct)) return null;
        var series = LedSeries(leadId);
        return await AdherenceAsync(db.Meetings.Where(m => series.Contains(m.SeriesId)), ct);
    }

    /// <summary>
    /// How useful the people a lead meets found their 1:1s in the last closed quarter: each rater's own average counts
    /// once, rounded, and nothing (not even how many rated) below the organisation's anonymity threshold. Only closed
    /// quarters are published, so a new rating never moves a figure someone is watching: no rating can be told apart
    /// by comparing two readings.
    /// </summary>
    public async Task<RatingSummary> RatingsForAsync(Guid leadId, CancellationToken ct)
    {
        var threshold = Math.Max(Organizations.Organization.MinimumAnonymityThreshold,
            await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.AnonymityThreshold).SingleAsync(ct));
        var (from, to, name) = LastClosedQuarter(time.GetUtcNow());
        var perRater = await db.MeetingRatings
            .Where(r => r.LeadId == leadId && r.RaterId != leadId && r.At >= from && r.At < to && LedSeries(leadId).Contains(r.SeriesId))
            .GroupBy(r => r.RaterId).Select(g => g.Average(r => (double)r.Score)).ToListAsync(ct);
        return new RatingSummary(name, threshold, perRater.Count >= threshold ? Math.Round(perRater.Average(), 1) : null);
    }

    /// <summary>The calendar quarter before the one <paramref name="now"/> is in (UTC), and its name.</summary>
    public static (DateTimeOffset From, DateTimeOffset To, string Name) LastClosedQuarter(DateTimeOffset now)
    {
        var thisQuarter = new DateTimeOffset(now.Year, (now.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, TimeSpan.Zero);
        var from = thisQuarter.AddMonths(-3);
        return (from, thisQuarter, $"Q{(from.Month - 1) / 3 + 1} {from.Year}");
    }

    // The series that count for a lead's numbers: reporting lines, and pairs the lead set up themselves (nobody
    // can make someone else the "lead" of a pair and feed their numbers).
    private IQueryable<Guid> LedSeries(Guid leadId) =>
        db.OneOnOneSeries.Where(s => s.LeadId == leadId && (s.Kind == PairKind.Reporting || s.CreatedById == leadId)).Select(s => s.Id);

    /// <summary>For the manager's team page: each direct report's 1:1 with the manager.</summary>
    public async Task<List<ReportOneOnOne>> TeamAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var meId = me.PersonId;
        var rows = await reach.DirectReports().AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new
            {
                Person = new PersonRef(p.Id, p.Name, p.Title),
                SeriesId = db.OneOnOneSeries.Where(s => s.EndedAt == null && ((s.LeadId == meId && s.PartnerId == p.Id) || (s.LeadId == p.Id && s.PartnerId == meId)))
                    .Select(s => (Guid?)s.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rows.Where(r => r.SeriesId is not null).Select(r => r.SeriesId!.Value).ToList();
        var next = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.SeriesId) && m.StartsAt > now && m.Status == MeetingStatus.Scheduled)
            .GroupBy(m => m.SeriesId).Select(g => g.OrderBy(m => m.StartsAt).Select(m => new { m.SeriesId, m.Id, m.StartsAt, m.DurationMinutes, m.Status }).First())
            .ToListAsync(ct);
        var last = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.SeriesId) && m.Status == MeetingStatus.Held)
            .GroupBy(m => m.SeriesId).Select(g => new { SeriesId = g.Key, At = g.Max(m => m.StartsAt) }).ToListAsync(ct);
        var open = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.SeriesId) && c.DoneAt == null)
            .GroupBy(c => new { c.SeriesId, Mine = c.OwnerId == meId }).Select(g => new { g.Key.SeriesId, g.Key.Mine, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.Select(r => new ReportOneOnOne(r.Person, r.SeriesId,
            next.Where(n => n.SeriesId == r.SeriesId).Select(n => new MeetingRef(n.Id, n.StartsAt, n.DurationMinutes, n.Status)).FirstOrDefault(),
            last.Where(l => l.SeriesId == r.SeriesId).Select(l => (DateTimeOffset?)l.At).FirstOrDefault(),
            open.Where(o => o.SeriesId == r.SeriesId && !o.Mine).Sum(o => o.Count), open.Where(o => o.SeriesId == r.SeriesId && o.Mine).Sum(o => o.Count)))];
    }

    private async Task<CadenceAdherence> AdherenceAsync(IQueryable<Meeting> meetings, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - Window;
        var counts = await meetings.Where(m => m.StartsAt < now && m.StartsAt > since).GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(MeetingStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new CadenceAdherence(counts.Sum(c => c.Count), Of(MeetingStatus.Held), Of(MeetingStatus.Cancelled));
    }
}

/// <summary>Share of a pair's contributions (topics added, note saves) that came from the report or mentee.</summary>
public sealed record TwoWayIndex(int Meetings, int PartnerTopics, int LeadTopics, int PartnerNoteEdits, int LeadNoteEdits)
{
    public int Contributions => PartnerTopics + LeadTopics + PartnerNoteEdits + LeadNoteEdits;
    /// <summary>0–1, or null before anything was contributed.</summary>
    public double? PartnerShare => Contributions == 0 ? null : (double)(PartnerTopics + PartnerNoteEdits) / Contributions;
}

/// <summary>How one person kept the next steps they promised.</summary>
public sealed record FollowThrough(PersonRef Person, int DoneOnTime, int DoneLate, int Overdue, int Open)
{
    /// <summary>Done on time out of all that were due; null when nothing was due yet.</summary>
    public double? Rate => DoneOnTime + DoneLate + Overdue == 0 ? null : (double)DoneOnTime / (DoneOnTime + DoneLate + Overdue);
}

/// <summary>Of the meetings planned so far: held, cancelled, and neither (not recorded).</summary>
public sealed record CadenceAdherence(int Planned, int Held, int Cancelled)
{
    public int NotRecorded => Planned - Held - Cancelled;
    public double? HeldRate => Planned == 0 ? null : (double)Held / Planned;
    public double? CancellationRate => Planned == 0 ? null : (double)Cancelled / Planned;
}

/// <summary>A pair's numbers: never content, so the lead's managers and HR admins may see them too.</summary>
public sealed record PairMetrics(Guid SeriesId, PersonRef Lead, PersonRef Partner, TwoWayIndex TwoWay, IReadOnlyList<FollowThrough> FollowThrough,
    CadenceAdherence Cadence);

/// <summary>
/// "Was it useful?" over a lead's meetings in one closed quarter (<paramref name="Period"/>): the average only when at
/// least <paramref name="Threshold"/> different people rated, and never how many exactly.
/// </summary>
public sealed record RatingSummary(string Period, int Threshold, double? Average);

/// <summary>A report on the manager's team page: their 1:1 with the manager at a glance.</summary>
public sealed record ReportOneOnOne(PersonRef Person, Guid? SeriesId, MeetingRef? Next, DateTimeOffset? LastHeld, int TheirOpen, int MyOpen);
