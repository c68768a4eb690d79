using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.People;

namespace Tandem.Features.Development;

/// <summary>
/// Reminds a person, once, two days before the next exit of their development plan is due (hourly, on every instance;
/// the mark on the action and the notice are one transaction). A draft plan is its owner's: the notice goes to them alone.
/// </summary>
public sealed class NextExitReminders(IServiceScopeFactory scopes, TimeProvider time, ILogger<NextExitReminders> log) : HourlyJob(time, log)
{
    public const int DaysBefore = 2;
    private static readonly string[] AllOrganizations = [TandemDb.TenantFilter];

    protected override Task RunOnceAsync(CancellationToken ct) => RemindAsync(ct);

    /// <summary>How many people it reminded.</summary>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var soon = today.AddDays(DaysBefore);
        var organizations = await db.DevelopmentActions.IgnoreQueryFilters(AllOrganizations)
            .Where(a => a.RemindedAt == null && a.DueDate >= today && a.DueDate <= soon && a.IsNextExit && a.Status != ActionStatus.Done)
            .Select(a => a.OrganizationId).Distinct().ToListAsync(ct);
        var written = 0;
        foreach (var organization in organizations)
        {
            using var acting = db.ActAs(organization);
            var due = await (
                    from a in db.DevelopmentActions.AsNoTracking()
                    where a.RemindedAt == null && a.DueDate >= today && a.DueDate <= soon && a.IsNextExit && a.Status != ActionStatus.Done
                    join plan in db.DevelopmentPlans on a.PlanId equals plan.Id
                    join person in db.People on plan.PersonId equals person.Id
                    where person.Status != PersonStatus.Left
                    select new { a.Id, a.Text, a.DueDate, plan.PersonId })
                .ToListAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = due.Select(a => a.Id).ToList();
            await db.DevelopmentActions.Where(a => ids.Contains(a.Id) && a.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindedAt, now), ct);
            var mine = (await db.DevelopmentActions.Where(a => ids.Contains(a.Id) && a.RemindedAt == now).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
            var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.NextExitDue, ct);
            var notices = due.Where(a => mine.Contains(a.Id)).Select(a => routing.New(Time, now, a.PersonId,
                $"Your next step “{NotificationService.Cut(a.Text, 150)}” is due {a.DueDate!.Value.ToString("d MMM", CultureInfo.InvariantCulture)}. Done it? Mark it done and choose the next one.",
                $"/people/{a.PersonId}/plan")).ToList();
            await db.InsertAsync(notices, now, ct);
            await transaction.CommitAsync(ct);
            written += notices.Count;
        }
        return written;
    }
}
