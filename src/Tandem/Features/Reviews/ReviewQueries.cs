using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>The reads of "My reviews": what I write in open cycles, what was released to me, and my reports' reviews.</summary>
public sealed class ReviewQueries(TandemDb db, CurrentUser me, TimeProvider time)
{
    public const int ListMax = 200;

    public async Task<MyReviews> MineAsync(CancellationToken ct)
    {
        var today = TimeZones.Today(time, me.TimeZone);
        var tasks = await db.Reviews.AsNoTracking()
            .Where(r => r.WriterId == me.PersonId)
            .Join(db.ReviewParticipants.Where(p => p.Status == ParticipantStatus.Active), r => r.ParticipantId, p => p.Id, (r, p) => r)
            .Join(db.ReviewCycles.Where(c => c.Phase != CyclePhase.Closed), r => r.CycleId, c => c.Id, (r, c) => new
            {
                r.Id, r.CycleId, Cycle = c.Name, c.Phase, c.Dates, c.PeerReviews, r.Kind, r.SubjectId, Subject = db.People.Where(p => p.Id == r.SubjectId).Select(p => p.Name).First(), r.State,
            })
            .OrderByDescending(r => r.CycleId).Take(ListMax).ToListAsync(ct);
        var mine = await Received(db.ReviewParticipants.Where(p => p.PersonId == me.PersonId && p.ReleasedAt != null)).ToListAsync(ct);
        var team = await Received(db.ReviewParticipants.Where(p => p.ReviewerId == me.PersonId && p.Status == ParticipantStatus.Active)).ToListAsync(ct);
        return new MyReviews(
            [.. tasks.Select(t =>
            {
                var due = ReviewRules.DueDate(t.Kind, t.Dates);
                var writable = ReviewRules.IsWritable(t.Kind, t.Phase) && t.State != ReviewState.Submitted;
                var nominate = t.Kind == ReviewKind.Self && t.PeerReviews && t.Phase is CyclePhase.SelfReview or CyclePhase.PeerNomination;
                return new ReviewTask(t.Id, t.CycleId, t.Cycle, t.Kind, t.SubjectId, t.Subject, t.State, due, writable, writable && due < today, nominate);
            }).OrderBy(t => t.State == ReviewState.Submitted).ThenBy(t => t.Due)],
            mine, team);
    }

    private IQueryable<ReceivedReview> Received(IQueryable<ReviewParticipant> participants) =>
        participants.Join(db.ReviewCycles, p => p.CycleId, c => c.Id, (p, c) => new { p, c })
            .OrderByDescending(x => x.c.PeriodEnd).Take(ListMax)
            .Select(x => new ReceivedReview(x.c.Id, x.c.Name, x.p.PersonId, db.People.Where(q => q.Id == x.p.PersonId).Select(q => q.Name).First(),
                x.p.ReleasedAt, x.p.AcknowledgedAt, x.c.PeerReviews));
}
