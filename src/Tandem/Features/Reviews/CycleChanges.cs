using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.People;

namespace Tandem.Features.Reviews;

/// <summary>
/// The cycles still running (open, not yet released) follow the reporting line. Someone who left is taken out, and the
/// peer and upward reviews they had not submitted are no longer asked for. Someone with a new manager has their manager
/// review handed to that manager — a fresh one, since a draft is its writer's alone — unless the former manager had
/// submitted it already, which then stands; upward reviews they had not submitted of their former manager go.
/// </summary>
public sealed class CycleChanges(TandemDb db, TimeProvider time) : IReportingChanges
{
    public async Task ReportingChangedAsync(IReadOnlyCollection<Guid> moved, IReadOnlyCollection<Guid> left, CancellationToken ct)
    {
        if (moved.Count == 0 && left.Count == 0) return;
        // Phases are stored by name: list them rather than compare.
        var running = db.ReviewCycles.Where(c => c.Phase != CyclePhase.Draft && c.Phase != CyclePhase.Released && c.Phase != CyclePhase.Closed).Select(c => c.Id);
        if (!await running.AnyAsync(ct)) return;
        var now = time.GetUtcNow();
        if (left.Count > 0)
        {
            await db.ReviewParticipants.Where(p => left.Contains(p.PersonId) && p.Status == ParticipantStatus.Active && running.Contains(p.CycleId))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParticipantStatus.Excluded).SetProperty(p => p.UpdatedAt, now), ct);
            await db.Reviews.Where(r => left.Contains(r.WriterId) && r.State != ReviewState.Submitted && (r.Kind == ReviewKind.Peer || r.Kind == ReviewKind.Upward)
                    && running.Contains(r.CycleId))
                .ExecuteDeleteAsync(ct);
        }
        var stayed = moved.Except(left).ToList();
        if (stayed.Count == 0) return;
        var managers = await db.People.AsNoTracking().Where(p => stayed.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.ManagerId, ct);
        var participants = await db.ReviewParticipants
            .Where(p => stayed.Contains(p.PersonId) && p.Status == ParticipantStatus.Active && running.Contains(p.CycleId)).ToListAsync(ct);
        var participantIds = participants.Select(p => p.Id).ToList();
        var managerReviews = await db.Reviews.Where(r => participantIds.Contains(r.ParticipantId) && r.Kind == ReviewKind.Manager).ToDictionaryAsync(r => r.ParticipantId, ct);
        var cycles = await db.ReviewCycles.AsNoTracking().Where(c => running.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        foreach (var participant in participants)
        {
            var manager = managers.GetValueOrDefault(participant.PersonId);
            var review = managerReviews.GetValueOrDefault(participant.Id);
            if (participant.ReviewerId == manager || review is { State: ReviewState.Submitted }) continue;
            participant.ReviewerId = manager;
            participant.UpdatedAt = now;
            if (review is not null) db.Reviews.Remove(review);
            if (manager is not { } writer) continue;
            db.Reviews.Add(new Review
            {
                Id = Ids.New(time), CycleId = participant.CycleId, ParticipantId = participant.Id, SubjectId = participant.PersonId, WriterId = writer,
                Kind = ReviewKind.Manager,
            });
            await NotificationService.AddAsync(db, time, NoticeKind.ReviewWriterChanged, writer, $"You now write a manager review in “{cycles[participant.CycleId]}”: someone new reports to you.", "/reviews", ct);
        }
        var upward = await db.Reviews.Where(r => stayed.Contains(r.WriterId) && r.Kind == ReviewKind.Upward && r.State != ReviewState.Submitted
            && running.Contains(r.CycleId)).ToListAsync(ct);
        db.Reviews.RemoveRange(upward.Where(r => managers.GetValueOrDefault(r.WriterId) != r.SubjectId));
        await db.SaveChangesAsync(ct);
    }
}
