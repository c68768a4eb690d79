using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// How far a cycle has got, for HR: reviews by kind and state, what is overdue, who has most left to write; and the
/// results as CSV, streamed row by row so that 100,000 people are never held in memory.
/// </summary>
public sealed class CycleProgress(TandemDb db, CurrentUser me, TimeProvider time)
{
    public const int BehindMax = 10;
    private const int ExcludedMax = 500;

    public static readonly string[] ExportColumns =
        ["person", "email", "department", "manager", "template", "self review", "manager review", "peer reviews", "overall score", "released", "acknowledged"];

    public async Task<Outcome<ProgressInfo>> GetAsync(Guid cycleId, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden("HR admins see a cycle's progress.");
        var cycle = await db.ReviewCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        // Excluded people are few: their reviews are left out by id, so that the counts read the (cycle, kind, state) index alone.
        var excluded = await db.ReviewParticipants.Where(p => p.CycleId == cycleId && p.Status == ParticipantStatus.Excluded).Select(p => p.Id).Take(ExcludedMax + 1).ToListAsync(ct);
        var active = excluded.Count == 0 ? db.Reviews.Where(r => r.CycleId == cycleId)
            : excluded.Count <= ExcludedMax ? db.Reviews.Where(r => r.CycleId == cycleId && !excluded.Contains(r.ParticipantId))
            : db.Reviews.Where(r => r.CycleId == cycleId && db.ReviewParticipants.Any(p => p.Id == r.ParticipantId && p.Status == ParticipantStatus.Active));
        var counts = await active.GroupBy(r => new { r.Kind, r.State }).Select(g => new { g.Key.Kind, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        var people = await db.ReviewParticipants.Where(p => p.CycleId == cycleId && p.Status == ParticipantStatus.Active)
            .GroupBy(p => 1).Select(g => new { Count = g.Count(), Released = g.Count(p => p.ReleasedAt != null), Acknowledged = g.Count(p => p.AcknowledgedAt != null) })
            .SingleOrDefaultAsync(ct);
        var behind = await active.Where(r => r.Kind == ReviewKind.Manager && r.State != ReviewState.Submitted)
            .GroupBy(r => r.WriterId).Select(g => new { Writer = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(BehindMax)
            .Join(db.People, g => g.Writer, p => p.Id, (g, p) => new WriterBehind(p.Id, p.Name, g.Count))
            .ToListAsync(ct);
        var today = TimeZones.Today(time, me.TimeZone);
        var kinds = counts.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g =>
        {
            int Of(ReviewState state) => g.Where(c => c.State == state).Sum(c => c.Count);
            // Overdue: still writable, past its due date, not submitted.
            var due = ReviewRules.DueDate(g.Key, cycle.Dates);
            var overdue = ReviewRules.IsWritable(g.Key, cycle.Phase) && due < today ? Of(ReviewState.NotStarted) + Of(ReviewState.Draft) : 0;
            return new KindProgress(g.Key, ReviewRules.Label(g.Key), Of(ReviewState.NotStarted), Of(ReviewState.Draft), Of(ReviewState.Submitted), due, overdue);
        }).ToList();
        return new ProgressInfo(cycleId, cycle.Name, cycle.Phase, ReviewRules.Label(cycle.Phase), people?.Count ?? 0, people?.Released ?? 0,
            people?.Acknowledged ?? 0, kinds, behind.OrderByDescending(b => b.Outstanding).ToList());
    }

    /// <summary>Every active person's results as CSV rows (after the header), streamed from the database.</summary>
    public async IAsyncEnumerable<string?[]> ExportAsync(Guid cycleId, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!me.IsHrAdmin) yield break;
        var templates = await db.ReviewTemplates.AsNoTracking()
            .Where(t => db.ReviewParticipants.Any(p => p.CycleId == cycleId && p.TemplateId == t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var rows = db.ReviewParticipants.AsNoTracking().Where(p => p.CycleId == cycleId && p.Status == ParticipantStatus.Active)
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.TemplateId, p.ReleasedAt, p.AcknowledgedAt,
                Person = db.People.Where(x => x.Id == p.PersonId).Select(x => new { x.Name, x.Email, Department = x.Department!.Name }).First(),
                Manager = db.People.Where(x => x.Id == p.ReviewerId).Select(x => x.Name).FirstOrDefault(),
                Self = db.Reviews.Where(r => r.ParticipantId == p.Id && r.Kind == ReviewKind.Self).Select(r => new { r.State, r.Answers }).FirstOrDefault(),
                Mgr = db.Reviews.Where(r => r.ParticipantId == p.Id && r.Kind == ReviewKind.Manager).Select(r => new { r.State, r.Answers }).FirstOrDefault(),
                Peers = db.Reviews.Count(r => r.ParticipantId == p.Id && r.Kind == ReviewKind.Peer && r.State == ReviewState.Submitted),
            })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            var template = templates[r.TemplateId];
            var manager = r.Mgr is { State: ReviewState.Submitted } m ? new SubmittedReview(ReviewKind.Manager, null, template.Content.Sections, m.Answers.Items, null) : null;
            var self = r.Self is { State: ReviewState.Submitted } s ? new SubmittedReview(ReviewKind.Self, null, template.Content.Sections, s.Answers.Items, null) : null;
            yield return
            [
                r.Person.Name, r.Person.Email, r.Person.Department, r.Manager, template.Name, r.Self?.State.ToString(), r.Mgr?.State.ToString(),
                r.Peers.ToString(CultureInfo.InvariantCulture), OverallScore.Of(template, manager, self)?.ToString(CultureInfo.InvariantCulture),
                r.ReleasedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.AcknowledgedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ];
        }
    }
}

/// <summary>A cycle's progress: people, releases and acknowledgements, each kind of review by state, and the managers with most still to write.</summary>
public sealed record ProgressInfo(Guid CycleId, string Cycle, CyclePhase Phase, string PhaseLabel, int People, int Released, int Acknowledged,
    IReadOnlyList<KindProgress> Kinds, IReadOnlyList<WriterBehind> Behind);

/// <summary>One kind of review: how many are not started, drafts and submitted, its due date and how many are overdue.</summary>
public sealed record KindProgress(ReviewKind Kind, string Label, int NotStarted, int Drafts, int Submitted, DateOnly Due, int Overdue);

/// <summary>A manager with manager reviews still to write.</summary>
public sealed record WriterBehind(Guid PersonId, string Name, int Outstanding);
