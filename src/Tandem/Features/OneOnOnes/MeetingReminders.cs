using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// The 1:1 reminders, hourly on every instance. The day before a 1:1 both people hear when it is (on their own clock)
/// and what is on its shared agenda so far, so that they add their topics; a commitment that has passed its date is
/// told to both people of the 1:1. Per organisation, the mark on the meeting or commitment and the notices are one
/// transaction: of several instances one reminds, and a crash loses none.
/// </summary>
public sealed class MeetingReminders(IServiceScopeFactory scopes, TimeProvider time, ILogger<MeetingReminders> log) : HourlyJob(time, log)
{
    /// <summary>How long before a 1:1 its reminder goes.</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    /// <summary>Commitments overdue for longer than this (before reminders existed, say) are not brought up again.</summary>
    public const int OverdueDaysBack = 7;

    private const int TopicsShown = 3;
    private static readonly string[] AllOrganizations = [TandemDb.TenantFilter];

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        await RemindTomorrowAsync(ct);
        await RemindOverdueAsync(ct);
    }

    /// <summary>Reminds both people of each 1:1 starting within a day that was not reminded yet; how many notices it wrote.</summary>
    public async Task<int> RemindTomorrowAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var until = now + Ahead;
        var organizations = await db.Meetings.IgnoreQueryFilters(AllOrganizations)
            .Where(m => m.RemindedAt == null && m.StartsAt > now && m.StartsAt <= until && m.Status == MeetingStatus.Scheduled)
            .Select(m => m.OrganizationId).Distinct().ToListAsync(ct);
        var written = 0;
        foreach (var organization in organizations)
        {
            using var acting = db.ActAs(organization);
            var meetings = await (
                    from m in db.Meetings.AsNoTracking()
                    where m.RemindedAt == null && m.StartsAt > now && m.StartsAt <= until && m.Status == MeetingStatus.Scheduled
                    join s in db.OneOnOneSeries on m.SeriesId equals s.Id
                    join lead in db.People on s.LeadId equals lead.Id
                    join partner in db.People on s.PartnerId equals partner.Id
                    select new
                    {
                        m.Id, m.StartsAt,
                        Lead = new Party(lead.Id, lead.Name, lead.TimeZone, lead.Status), Partner = new Party(partner.Id, partner.Name, partner.TimeZone, partner.Status),
                    })
                .ToListAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = meetings.Select(m => m.Id).ToList();
            // Claim them first: of several instances only one reminds; the notices are saved in the same transaction.
            await db.Meetings.Where(m => ids.Contains(m.Id) && m.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.RemindedAt, now), ct);
            var mine = (await db.Meetings.Where(m => ids.Contains(m.Id) && m.RemindedAt == now).Select(m => m.Id).ToListAsync(ct)).ToHashSet();
            var topics = (await db.AgendaItems.AsNoTracking().Where(a => ids.Contains(a.MeetingId) && !a.IsPrivate && !a.Discussed)
                    .OrderBy(a => a.Position).Select(a => new { a.MeetingId, a.Text }).ToListAsync(ct))
                .ToLookup(a => a.MeetingId, a => a.Text);
            var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.OneOnOneTomorrow, ct);
            var notices = meetings.Where(m => mine.Contains(m.Id))
                .SelectMany(m => new[] { (To: m.Lead, With: m.Partner), (To: m.Partner, With: m.Lead) }
                    .Where(p => p.To.Status != PersonStatus.Left)
                    .Select(p => routing.New(Time, now, p.To.Id, Tomorrow(p.With.Name, m.StartsAt, p.To.TimeZone, now, [.. topics[m.Id]]), $"/one-on-ones/meetings/{m.Id}")))
                .ToList();
            await db.InsertAsync(notices, now, ct);
            await transaction.CommitAsync(ct);
            written += notices.Count;
        }
        return written;
    }

    /// <summary>Tells both people of each commitment that has passed its date (in the last week) and was not told about; how many notices it wrote.</summary>
    public async Task<int> RemindOverdueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var now = Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = today.AddDays(-OverdueDaysBack);
        var organizations = await db.Commitments.IgnoreQueryFilters(AllOrganizations)
            .Where(c => c.DoneAt == null && c.OverdueNoticeAt == null && c.DueDate < today && c.DueDate >= since)
            .Select(c => c.OrganizationId).Distinct().ToListAsync(ct);
        var written = 0;
        foreach (var organization in organizations)
        {
            using var acting = db.ActAs(organization);
            var overdue = await (
                    from c in db.Commitments.AsNoTracking()
                    where c.DoneAt == null && c.OverdueNoticeAt == null && c.DueDate < today && c.DueDate >= since
                    join s in db.OneOnOneSeries on c.SeriesId equals s.Id
                    where s.EndedAt == null
                    join lead in db.People on s.LeadId equals lead.Id
                    join partner in db.People on s.PartnerId equals partner.Id
                    select new
                    {
                        c.Id, c.Text, c.DueDate, c.OwnerId, c.MeetingId,
                        Lead = new Party(lead.Id, lead.Name, lead.TimeZone, lead.Status), Partner = new Party(partner.Id, partner.Name, partner.TimeZone, partner.Status),
                    })
                .ToListAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = overdue.Select(c => c.Id).ToList();
            await db.Commitments.Where(c => ids.Contains(c.Id) && c.OverdueNoticeAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.OverdueNoticeAt, now), ct);
            var mine = (await db.Commitments.Where(c => ids.Contains(c.Id) && c.OverdueNoticeAt == now).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
            var routing = await NoticeRouting.ForOrganizationAsync(db, NoticeKind.CommitmentOverdue, ct);
            var notices = overdue.Where(c => mine.Contains(c.Id))
                .SelectMany(c =>
                {
                    var (owner, other) = c.OwnerId == c.Lead.Id ? (c.Lead, c.Partner) : (c.Partner, c.Lead);
                    var what = $"“{NotificationService.Cut(c.Text, 120)}” (due {c.DueDate.ToString("d MMM", CultureInfo.InvariantCulture)})";
                    return new[]
                    {
                        (To: owner, Text: $"Your commitment {what} is overdue: mark it done, or bring it to your next 1:1 with {other.Name}."),
                        (To: other, Text: $"{owner.Name}'s commitment {what} is overdue: ask about it in your next 1:1."),
                    }.Where(n => n.To.Status != PersonStatus.Left)
                    .Select(n => routing.New(Time, now, n.To.Id, n.Text, $"/one-on-ones/meetings/{c.MeetingId}"));
                })
                .ToList();
            await db.InsertAsync(notices, now, ct);
            await transaction.CommitAsync(ct);
            written += notices.Count;
        }
        return written;
    }

    /// <summary>"Your 1:1 with Daniel Reyes is tomorrow at 10:00: add your topics. On the agenda: “Roadmap”, “Hiring” and 2 more."</summary>
    public static string Tomorrow(string with, DateTimeOffset startsAt, string timeZone, DateTimeOffset now, IReadOnlyList<string> topics)
    {
        var zone = TimeZones.FindOrUtc(timeZone);
        var local = TimeZones.InZone(startsAt, zone);
        var days = DateOnly.FromDateTime(local).DayNumber - DateOnly.FromDateTime(TimeZones.InZone(now, zone)).DayNumber;
        var day = days switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => "on " + local.ToString("ddd d MMM", CultureInfo.InvariantCulture),
        };
        var agenda = topics.Count == 0 ? "Nothing is on the agenda yet."
            : "On the agenda: " + string.Join(", ", topics.Take(TopicsShown).Select(t => $"“{NotificationService.Cut(t, 60)}”"))
              + (topics.Count > TopicsShown ? $" and {topics.Count - TopicsShown} more." : ".");
        return $"Your 1:1 with {with} is {day} at {local.ToString("HH:mm", CultureInfo.InvariantCulture)}: add your topics. {agenda}";
    }

    private sealed record Party(Guid Id, string Name, string TimeZone, PersonStatus Status);
}
