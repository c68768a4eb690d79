using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Features.Notifications;
using Tandem.Features.OneOnOnes;
using Tandem.Features.People;
using Tandem.Features.Reviews;

namespace Tandem.Features.Home;

/// <summary>
/// Every Monday, each manager hears their team's week at a glance: the 1:1s they lead in the next seven days, the
/// overdue commitments of those 1:1s (theirs and their reports'), their reports' goals at risk or off track, and the
/// reviews they have to write. Counts only, of what a manager may read; the team page has the rest. Hourly on every
/// instance, from six in the morning (UTC) on Mondays; one run per organisation and week (<see cref="ReminderRun"/>).
/// </summary>
public sealed class TeamWeek(IServiceScopeFactory scopes, TimeProvider time, ILogger<TeamWeek> log) : HourlyJob(time, log)
{
    public const string RunName = "team-week";
    private const int FromHour = 6;
    private static readonly CyclePhase[] WritingPhases = [CyclePhase.SelfReview, CyclePhase.PeerReview, CyclePhase.ManagerReview];
    private static readonly GoalStatus[] AtRisk = [GoalStatus.AtRisk, GoalStatus.OffTrack];

    protected override Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        return now.DayOfWeek == DayOfWeek.Monday && now.Hour >= FromHour ? SendAsync(ct) : Task.CompletedTask;
    }

    /// <summary>Writes this week's notices for every organisation that has not had them; how many it wrote.</summary>
    public async Task<int> SendAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var week = $"{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}";
        var runs = db.ReminderRuns.IgnoreQueryFilters([TandemDb.TenantFilter]);
        var organizations = await db.Organizations.Where(o => !runs.Any(r => r.OrganizationId == o.Id && r.Name == RunName && r.Period == week))
            .Select(o => o.Id).ToListAsync(ct);
        var written = 0;
        foreach (var organization in organizations)
        {
            using var acting = db.ActAs(organization);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ReminderRuns.Add(new ReminderRun { Name = RunName, Period = week, At = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance has this organisation's week.
                db.ChangeTracker.Clear();
                continue;
            }
            var notices = await NoticesAsync(db, now, ct);
            await db.InsertAsync(notices, now, ct);
            await transaction.CommitAsync(ct);
            written += notices.Count;
        }
        return written;
    }

    private async Task<List<Notification>> NoticesAsync(TandemDb db, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var weekOut = now.AddDays(7);
        var people = db.People.Where(p => p.Status != PersonStatus.Left);
        var managers = await people.Where(m => people.Any(r => r.ManagerId == m.Id)).Select(m => m.Id).ToListAsync(ct);
        if (managers.Count == 0) return [];
        var meetings = await (from m in db.Meetings
                              where m.StartsAt > now && m.StartsAt <= weekOut && m.Status == MeetingStatus.Scheduled
                              join s in db.OneOnOneSeries on m.SeriesId equals s.Id
                              group m by s.LeadId into g
                              select new { Manager = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Manager, x => x.Count, ct);
        var overdue = await (from c in db.Commitments
                             where c.DoneAt == null && c.DueDate < today
                             join s in db.OneOnOneSeries on c.SeriesId equals s.Id
                             where s.EndedAt == null
                             group c by s.LeadId into g
                             select new { Manager = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Manager, x => x.Count, ct);
        var goals = await (from g in db.Goals
                           where g.OwnerType == GoalOwnerType.Person && AtRisk.Contains(g.Status)
                               && (g.PeriodId == null || db.GoalPeriods.Any(p => p.Id == g.PeriodId && p.ClosedAt == null))
                           join p in people on g.OwnerPersonId equals p.Id
                           where p.ManagerId != null
                           group g by p.ManagerId into x
                           select new { Manager = x.Key!.Value, Count = x.Count() }).ToDictionaryAsync(x => x.Manager, x => x.Count, ct);
        var reviews = await (from r in db.Reviews
                             where r.State != ReviewState.Submitted
                             join c in db.ReviewCycles on r.CycleId equals c.Id
                             where WritingPhases.Contains(c.Phase)
                             group r by r.WriterId into g
                             select new { Writer = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Writer, x => x.Count, ct);
        var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.TeamWeek, ct);
        return [.. managers.Select(m => routing.New(Time, now, m,
            Text(meetings.GetValueOrDefault(m), overdue.GetValueOrDefault(m), goals.GetValueOrDefault(m), reviews.GetValueOrDefault(m)), "/team"))];
    }

    /// <summary>"Your team this week: 4 1:1s, 2 overdue commitments, 1 goal at risk and 3 reviews to write."</summary>
    public static string Text(int oneOnOnes, int overdue, int goalsAtRisk, int reviews)
    {
        var parts = new List<string>();
        if (oneOnOnes > 0) parts.Add(oneOnOnes == 1 ? "1 1:1" : $"{oneOnOnes} 1:1s");
        if (overdue > 0) parts.Add(overdue == 1 ? "1 overdue commitment" : $"{overdue} overdue commitments");
        if (goalsAtRisk > 0) parts.Add(goalsAtRisk == 1 ? "1 goal at risk" : $"{goalsAtRisk} goals at risk");
        if (reviews > 0) parts.Add(reviews == 1 ? "1 review to write" : $"{reviews} reviews to write");
        if (parts.Count == 0) return "Your team this week: no 1:1s planned and nothing overdue. A good week to plan the next 1:1s.";
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
        return $"Your team this week: {list}.";
    }
}
