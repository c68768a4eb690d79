using System.Net;
using System.Net.Http.Json;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>
/// Notices go out by email from the outbox to the real SMTP server test.sh starts (aiosmtpd, keeping what it receives in a
/// Maildir folder that these tests read back). Each test has its own host and database, so its sender sees its own
/// emails only.
/// </summary>
public sealed class EmailSenderTests : IDisposable
{
    private readonly TandemApp _app = TandemApp.StartSeparate(new()
    {
        ["Email:Host"] = MailSink.Host, ["Email:Port"] = MailSink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = nameof(SecureSocketOptions.None), ["Email:PollInterval"] = "01:00:00",
        ["Tandem:PublicUrl"] = "https://tandem.example",
    });

    [Fact]
    public async Task AFeedbackRequest_IsEmailed_AsTextAndHtml_WithTheLink_AndNothingElse()
    {
        var org = await TestOrg.CreateAsync(_app, "Acme Robotics");
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd");
        var request = await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests",
            new { recipientIds = new[] { org["peer"] }, prompts = "A private prompt about the demo", dueDate = due });
        Assert.Equal(HttpStatusCode.Created, request.StatusCode);
        var notice = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.RecipientId == org["peer"]));
        Assert.Equal((NoticeKind.FeedbackRequested, EmailStatus.Pending), (notice.Kind, notice.Email));

        Assert.Equal(1, await _app.Services.GetRequiredService<EmailSender>().SendDueAsync(CancellationToken.None));

        var message = Assert.Single(Received(notice.Id));
        Assert.Equal(org.Email("peer"), message.To.Mailboxes.Single().Address);
        Assert.Equal(notice.Text, message.Subject);
        Assert.Equal("FeedbackRequested", message.Headers["X-Tandem-Kind"]);
        var link = $"https://tandem.example{notice.Link}";
        Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(link), message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Acme Robotics", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Acme Robotics", message.HtmlBody, StringComparison.Ordinal);
        // The notice says who asks, never what they asked.
        Assert.DoesNotContain("private prompt", message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("private prompt", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        var sent = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notice.Id));
        Assert.Equal(EmailStatus.Sent, sent.Email);
        Assert.Null(sent.EmailClaim);
        // Sent once: the next run finds nothing.
        Assert.Equal(0, await _app.Services.GetRequiredService<EmailSender>().SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SmtpServerDown_TheEmailWaits_AndGoesOnALaterTry()
    {
        var org = await TestOrg.CreateAsync(_app);
        var id = await NoticeAsync(org, "employee", "Your review of “H2” is ready to read.");
        var now = DateTimeOffset.UtcNow;

        var down = Sender(now, port: ClosedPort());
        Assert.Equal(1, await down.SendDueAsync(CancellationToken.None));

        var waiting = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal((EmailStatus.Pending, 1), (waiting.Email, waiting.EmailAttempts));
        Assert.NotNull(waiting.EmailError);
        Assert.True(waiting.EmailDueAt > now.AddSeconds(50), "a failed email waits a minute before the next try");
        Assert.Empty(Received(id));
        // Not due yet, even with the server back.
        Assert.Equal(0, await Sender(now, MailSink.Port).SendDueAsync(CancellationToken.None));

        Assert.Equal(1, await Sender(now.AddMinutes(2), MailSink.Port).SendDueAsync(CancellationToken.None));
        Assert.Single(Received(id));
        Assert.Equal(EmailStatus.Sent, (await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id))).Email);
    }

    [Fact]
    public async Task TwoSendersAtOnce_SendEveryEmailOnce()
    {
        var org = await TestOrg.CreateAsync(_app);
        var ids = new List<Guid>();
        for (var i = 0; i < 40; i++) ids.Add(await NoticeAsync(org, i % 2 == 0 ? "employee" : "peer", $"Reminder {i}: a feedback request is due."));
        var now = DateTimeOffset.UtcNow;

        await Task.WhenAll(DrainAsync(Sender(now, MailSink.Port, batch: 7)), DrainAsync(Sender(now, MailSink.Port, batch: 7)));

        Assert.All(ids, id => Assert.Single(Received(id)));
        var statuses = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Email).ToListAsync());
        Assert.All(statuses, s => Assert.Equal(EmailStatus.Sent, s));
    }

    /// <summary>What a process killed mid-send leaves behind: a claimed email under its lease, never marked sent.</summary>
    [Fact]
    public async Task AnInstanceDiesHoldingAClaim_AnotherSendsTheEmail_OnceTheLeaseHasRunOut()
    {
        var org = await TestOrg.CreateAsync(_app);
        var id = await NoticeAsync(org, "employee", "Your review of “H1” is ready to read.");
        var now = DateTimeOffset.UtcNow;
        await org.DbAsync(db => db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaim, Guid.NewGuid())
            .SetProperty(n => n.EmailLeaseUntil, now + EmailSender.Lease).SetProperty(n => n.EmailAttempts, 1)));

        Assert.Equal(0, await Sender(now.AddMinutes(1), MailSink.Port).SendDueAsync(CancellationToken.None));
        Assert.Empty(Received(id));

        Assert.Equal(1, await Sender(now + EmailSender.Lease + TimeSpan.FromSeconds(1), MailSink.Port).SendDueAsync(CancellationToken.None));
        Assert.Single(Received(id));
        var sent = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal((EmailStatus.Sent, 2), (sent.Email, sent.EmailAttempts));
    }

    [Fact]
    public async Task APersonWhoLeft_GetsNoEmail()
    {
        var org = await TestOrg.CreateAsync(_app);
        var id = await NoticeAsync(org, "peer", "You are asked for a peer review of Emma Employee.");
        await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"])
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Tandem.Features.People.PersonStatus.Left)));

        Assert.Equal(1, await Sender(DateTimeOffset.UtcNow, MailSink.Port).SendDueAsync(CancellationToken.None));

        Assert.Empty(Received(id));
        Assert.Equal(EmailStatus.Skipped, (await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id))).Email);
    }

    /// <summary>
    /// Two instances on one PostgreSQL database claim with <c>FOR UPDATE SKIP LOCKED</c>: every email of this organisation
    /// goes once. (The shared PostgreSQL host's database holds other tests' notices too: the senders send those as well.)
    /// </summary>
    [Fact]
    public async Task Postgres_TwoInstancesAtOnce_SendEveryEmailOnce()
    {
        var app = TandemApp.Postgres;
        using var second = TandemApp.SecondInstanceOf(app);
        var org = await TestOrg.CreateAsync(app);
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++) ids.Add(await NoticeAsync(org, i % 2 == 0 ? "employee" : "peer", $"Reminder {i}: reviews are due."));
        var now = DateTimeOffset.UtcNow;

        await Task.WhenAll(DrainAsync(Sender(app, now, MailSink.Port, batch: 25)), DrainAsync(Sender(second, now, MailSink.Port, batch: 25)));

        Assert.All(ids, id => Assert.Single(Received(id)));
        var statuses = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Email).ToListAsync());
        Assert.All(statuses, s => Assert.Equal(EmailStatus.Sent, s));
    }

    public void Dispose() => _app.Dispose();

    private static async Task DrainAsync(EmailSender sender)
    {
        while (await sender.SendDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    private static async Task<Guid> NoticeAsync(TestOrg org, string recipient, string text)
    {
        await using var scope = org.ScopeAs("hr");
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        await NotificationService.AddAsync(db, TimeProvider.System, NoticeKind.PeerReviewAsked, org[recipient], text, "/reviews", CancellationToken.None);
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<Notification>().Single().Entity.Id;
    }

    private EmailSender Sender(DateTimeOffset now, int port, int batch = 200) => Sender(_app, now, port, batch);

    private static EmailSender Sender(TandemApp app, DateTimeOffset now, int port, int batch) => MailSink.Sender(app, now, port, batch);

    private static List<MimeMessage> Received(Guid notice) => MailSink.Received(notice);

    private static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port; // closed again when disposed
    }
}
