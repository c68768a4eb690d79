#if TANDEM_BENCH
using System.Diagnostics;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.OneOnOnes;

namespace Tandem.Bench;

/// <summary>
/// Background jobs run on demand, compiled only into the benchmark build: bench/run.sh times a morning's 1:1 reminders
/// for the 100,000-person organisation (queued as notices) and their emails to a local SMTP server (issue 21).
/// </summary>
public static class BenchJobs
{
    public static void MapBenchJobs(this WebApplication app)
    {
        var group = app.MapGroup("/bench/jobs").AllowAnonymous();
        // From a clean slate: no meeting of the next day reminded (the hourly job reminded them at start), no reminder
        // notices, and no other email waiting (the bench's earlier cycles left theirs), so the email step sends these alone.
        group.MapPost("/reminders", async (TandemDb db, MeetingReminders reminders, TimeProvider time, CancellationToken ct) =>
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            string[] tenants = [TandemDb.TenantFilter];
            var now = time.GetUtcNow();
            await db.Notifications.IgnoreQueryFilters(tenants).Where(n => n.Kind == NoticeKind.OneOnOneTomorrow).ExecuteDeleteAsync(ct);
            await db.Notifications.IgnoreQueryFilters(tenants).Where(n => n.Email == EmailStatus.Pending || n.Email == EmailStatus.Digest)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, EmailStatus.None), ct);
            await db.Meetings.IgnoreQueryFilters(tenants).Where(m => m.StartsAt > now && m.StartsAt <= now + MeetingReminders.Ahead && m.RemindedAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.RemindedAt, (DateTimeOffset?)null), ct);
            var clock = Stopwatch.StartNew();
            var notices = await reminders.RemindTomorrowAsync(ct);
            return Results.Ok(new { notices, seconds = clock.Elapsed.TotalSeconds });
        });
        // Every waiting email, sent in batches as the sender does, to the SMTP server on 127.0.0.1:port.
        group.MapPost("/email", async (int port, IServiceScopeFactory scopes, UnsubscribeLinks links, EmailLinks sealedLinks, TimeProvider time, ILogger<EmailSender> log,
            CancellationToken ct) =>
        {
            var sender = new EmailSender(scopes, Options.Create(new EmailOptions { Host = "127.0.0.1", Port = port, Security = SecureSocketOptions.None }),
                links, sealedLinks, time, log);
            var clock = Stopwatch.StartNew();
            var claimed = 0;
            for (int batch; (batch = await sender.SendDueAsync(ct)) > 0;) claimed += batch;
            return Results.Ok(new { claimed, seconds = clock.Elapsed.TotalSeconds });
        });
    }
}
#endif
