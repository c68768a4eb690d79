using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;

namespace Tandem.Features.Reviews;

/// <summary>
/// The in-app notices at each phase of a cycle, written in bulk in the transaction that moves the phase: whoever now has
/// a review to write hears once, with their count and due date; on release, each person whose review was released.
/// They are notifications like any other, so the email and chat senders of the notifications issue pick them up too.
/// </summary>
public static class PhaseNotices
{
    /// <param name="now">The moment of the move: on release, the participants it released carry it.</param>
    public static async Task AddAsync(TandemDb db, TimeProvider time, ReviewCycle cycle, CyclePhase phase, DateTimeOffset now, CancellationToken ct)
    {
        if (phase == CyclePhase.Released)
        {
            // Those released by this move (a manager may have released some before).
            var released = await db.ReviewParticipants.AsNoTracking()
                .Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Active && p.ReleasedAt == now).Select(p => p.PersonId).ToListAsync(ct);
            var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.ReviewReleased, ct);
            await db.InsertAsync(released.Select(person => routing.New(time, now, person, $"Your review of “{cycle.Name}” is ready to read.",
                $"/reviews/cycles/{cycle.Id}/people/{person}")), now, ct);
            return;
        }
        var kinds = Enum.GetValues<ReviewKind>().Where(k => ReviewRules.WritableUntil(k) == phase && k != ReviewKind.Self).ToList();
        if (kinds.Count == 0) return;
        var writers = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycle.Id && kinds.Contains(r.Kind) && r.State != ReviewState.Submitted
                && db.ReviewParticipants.Any(p => p.Id == r.ParticipantId && p.Status == ParticipantStatus.Active))
            .GroupBy(r => r.WriterId).Select(g => new { Writer = g.Key, Count = g.Count() }).ToListAsync(ct);
        var due = ReviewRules.DueDate(kinds[0], cycle.Dates);
        var reviewsDue = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.ReviewsDue, ct);
        await db.InsertAsync(writers.Select(w => reviewsDue.New(time, now, w.Writer,
            $"“{cycle.Name}”: {Reviews(w.Count, phase)} to write, due {due:d MMM}.", "/reviews")), now, ct);
    }

    /// <summary>"2 peer or upward reviews", "a manager review".</summary>
    public static string Reviews(int count, CyclePhase phase)
    {
        var kind = phase switch
        {
            CyclePhase.SelfReview => "self review",
            CyclePhase.PeerReview => "peer or upward review",
            _ => "manager review",
        };
        return count == 1 ? $"a {kind}" : $"{count} {kind}s";
    }
}
