using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;

namespace Tandem.Features.Feedback;

/// <summary>
/// Reminds people who have not answered a feedback request, once, two days before it is due (in-app now; email
/// will follow the same notice). Safe on every instance: a reminder is claimed with a conditional update first.
/// </summary>
public sealed class FeedbackReminders(IServiceScopeFactory scopes, TimeProvider time, ILogger<FeedbackReminders> log) : HourlyJob(time, log)
{
    protected override Task RunOnceAsync(CancellationToken ct) => RemindAsync(ct);

    public async Task<int> RemindAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var soon = DateOnly.FromDateTime(now.UtcDateTime).AddDays(FeedbackRules.RemindDaysBefore);
        string[] tenant = [TandemDb.TenantFilter];
        var requests = db.FeedbackRequests.IgnoreQueryFilters(tenant);
        var due = await db.FeedbackRequestRecipients.IgnoreQueryFilters(tenant).AsNoTracking()
            .Where(x => x.AnsweredAt == null && x.RemindedAt == null
                && db.People.IgnoreQueryFilters(tenant).Any(p => p.OrganizationId == x.OrganizationId && p.Id == x.RecipientId && p.Status != People.PersonStatus.Left))
            .Join(requests, x => new { x.OrganizationId, x.RequestId }, r => new { r.OrganizationId, RequestId = r.Id }, (x, r) => new { x, r })
            .Where(j => j.r.DueDate <= soon && j.r.DueDate >= DateOnly.FromDateTime(now.UtcDateTime))
            .Select(j => new { j.x.OrganizationId, j.x.RequestId, j.x.RecipientId, j.r.DueDate })
            .OrderBy(x => x.DueDate).ThenBy(x => x.RequestId).ThenBy(x => x.RecipientId)
            .Take(1_000).ToListAsync(ct);
        var sent = 0;
        foreach (var reminder in due)
        {
            using var acting = db.ActAs(reminder.OrganizationId);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Claim it first: of several instances only one sends; the notice is saved in the same transaction.
            var claimed = await db.FeedbackRequestRecipients
                .Where(x => x.RequestId == reminder.RequestId && x.RecipientId == reminder.RecipientId && x.RemindedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RemindedAt, now), ct);
            if (claimed == 0) continue;
            await NotificationService.AddAsync(db, Time, NoticeKind.FeedbackRequestDue, reminder.RecipientId,
                $"Reminder: a feedback request is due {reminder.DueDate:d MMM}. A few sentences help.", $"/feedback/give?request={reminder.RequestId}", ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            sent++;
        }
        return sent;
    }
}
