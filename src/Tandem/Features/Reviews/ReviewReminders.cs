using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;

namespace Tandem.Features.Reviews;

/// <summary>
/// Reminds writers, once, when reviews of theirs are due within <see cref="DaysBefore"/> days and not submitted: one notice
/// per writer and cycle, with the count. Safe on every instance and in bulk: a run first claims the reviews it reminds of
/// (stamping them with its own moment), then writes a notice per writer of what it claimed, in one transaction.
/// </summary>
public sealed class ReviewReminders(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReviewReminders> log) : HourlyJob(time, log)
{
    public const int DaysBefore = 2;

    protected override Task RunOnceAsync(CancellationToken ct) => RemindAsync(ct);

    /// <returns>How many notices were written.</returns>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cycles = await db.ReviewCycles.IgnoreQueryFilters([TandemDb.TenantFilter]).AsNoTracking()
            .Where(c => c.Phase == CyclePhase.SelfReview || c.Phase == CyclePhase.PeerReview || c.Phase == CyclePhase.ManagerReview)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var cycle in cycles)
        {
            var kinds = Enum.GetValues<ReviewKind>().Where(k => ReviewRules.WritableUntil(k) == cycle.Phase).ToList();
            var due = ReviewRules.DueDate(kinds[0], cycle.Dates);
            if (due < today || due > today.AddDays(DaysBefore)) continue;
            using var acting = db.ActAs(cycle.OrganizationId);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var open = db.Reviews.Where(r => r.CycleId == cycle.Id && kinds.Contains(r.Kind) && r.State != ReviewState.Submitted
                && db.ReviewParticipants.Any(p => p.Id == r.ParticipantId && p.Status == ParticipantStatus.Active));
            if (await open.Where(r => r.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), ct) == 0) continue;
            var writers = await open.Where(r => r.RemindedAt == now).GroupBy(r => r.WriterId).Select(g => new { Writer = g.Key, Count = g.Count() }).ToListAsync(ct);
            var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.ReviewsDue, ct);
            await db.InsertAsync(writers.Select(w => routing.New(Time, now, w.Writer,
                $"Reminder: “{cycle.Name}” has {PhaseNotices.Reviews(w.Count, cycle.Phase)} of yours due {due:d MMM}.", "/reviews")), now, ct);
            await transaction.CommitAsync(ct);
            sent += writers.Count;
        }
        return sent;
    }
}
