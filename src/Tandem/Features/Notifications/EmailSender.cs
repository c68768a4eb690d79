using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;

namespace Tandem.Features.Notifications;

/// <summary>
/// Sends the emails of notices from the outbox (the <see cref="Notification"/> rows) on every instance. A run claims a
/// batch of due emails with a lease in one conditional update (on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// instances never wait on each other nor take the same row), sends them over one SMTP connection and marks them sent.
/// A failure puts the email back with a growing delay (1, 2, 4 … minutes) and gives up after <see cref="MaxAttempts"/>;
/// the user who caused a notice never sees an SMTP error. An instance that dies mid-send leaves its lease to expire and
/// another sends what it had not marked: delivery is at least once, and each email's Message-ID is its notice's id, so
/// a repeat is recognisable as the same message.
/// </summary>
public sealed class EmailSender(IServiceScopeFactory scopes, IOptions<EmailOptions> options, UnsubscribeLinks unsubscribe, EmailLinks sealedLinks,
    TimeProvider time, ILogger<EmailSender> log)
    : PeriodicJob(options.Value.PollInterval, time, log)
{
    public const int MaxAttempts = 6;
    public const int ErrorMax = 500;

    /// <summary>How long a claim holds before another run may take the email.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>An email that could not go for this long is no longer news: it is given up.</summary>
    public static readonly TimeSpan TooOld = TimeSpan.FromDays(3);

    private static readonly string[] AllOrganizations = [TandemDb.TenantFilter];

    // Without an SMTP server there is nothing to run: emails wait in the outbox.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        string.IsNullOrWhiteSpace(options.Value.Host) ? Task.CompletedTask : base.ExecuteAsync(stoppingToken);

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        while (await SendDueAsync(ct) >= options.Value.BatchSize)
        {
            // A full batch: there may be more waiting.
        }
    }

    /// <summary>
    /// Claims one batch of due emails and sends it: a notice's own email, or one digest per person of all their notices
    /// waiting for it; how many notices it claimed.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        var claim = Guid.NewGuid();
        var now = Time.GetUtcNow();
        var claimed = await ClaimAsync(db, claim, now, ct);
        if (claimed == 0) return claimed;
        claimed += await ClaimRestOfDigestsAsync(db, claim, now, ct);

        var emails = await db.Notifications.IgnoreQueryFilters(AllOrganizations).AsNoTracking()
            .Where(n => n.EmailClaim == claim)
            .Join(db.People.IgnoreQueryFilters(AllOrganizations), n => new { n.OrganizationId, Id = n.RecipientId }, p => new { p.OrganizationId, p.Id },
                (n, p) => new { n.OrganizationId, n.Id, n.RecipientId, n.Email, n.EmailDueAt, n.Kind, n.Text, n.Link, n.EmailLink, n.CreatedAt, p.Name, EmailAddress = p.Email,
                    p.Status, p.TimeZone })
            .Join(db.Organizations, n => n.OrganizationId, o => o.Id, (n, o) => new OutgoingEmail(n.OrganizationId, n.Id, n.RecipientId, n.Email == EmailStatus.Digest,
                n.Kind, n.Text, n.Link, n.CreatedAt, n.EmailDueAt ?? n.CreatedAt, n.Name, n.EmailAddress, n.Status, n.TimeZone, o.Name, n.EmailLink))
            .ToListAsync(ct);
        // An account's email carries its secret link; one whose link can't be opened any more (its keys are gone) can't be written.
        emails = [.. emails.Select(e => e.SealedLink is null ? e : e with { Link = sealedLinks.Open(e.SealedLink) ?? "" })];
        var broken = emails.Where(e => e.SealedLink is not null && e.Link.Length == 0).Select(e => e.Id).ToList();
        await FinishAsync(db, claim, broken, EmailStatus.Failed, now, ct, "The email's link could not be opened with the data-protection keys.");
        var skip = emails.Where(e => !broken.Contains(e.Id) && (e.Status == PersonStatus.Left || string.IsNullOrWhiteSpace(e.Email) || now - e.Since > TooOld))
            .Select(e => e.Id).ToList();
        skip.AddRange(broken);
        await FinishAsync(db, claim, skip, EmailStatus.Skipped, now, ct);
        var links = scope.ServiceProvider.GetRequiredService<PublicUrl>();
        var from = MailboxAddress.Parse(options.Value.From);
        var messages = emails.Where(e => !skip.Contains(e.Id)).GroupBy(e => e.InDigest ? e.RecipientId : e.Id)
            .Select(g => g.First().InDigest
                ? (Message: EmailTemplate.Digest(from, [.. g.OrderBy(e => e.CreatedAt)], links, unsubscribe), Ids: g.Select(e => e.Id).ToList())
                : (Message: EmailTemplate.Message(from, g.First(), links, unsubscribe), Ids: [g.Key]))
            .ToList();
        var sent = new List<Guid>();
        try
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(options.Value.Host!, options.Value.Port, options.Value.Security, ct);
            if (!string.IsNullOrEmpty(options.Value.UserName)) await smtp.AuthenticateAsync(options.Value.UserName, options.Value.Password ?? "", ct);
            foreach (var (message, ids) in messages)
            {
                try
                {
                    await smtp.SendAsync(message, ct);
                    sent.AddRange(ids);
                }
                catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
                {
                    // This message alone was refused: for good (5xx, such as no such mailbox), or for now (4xx).
                    if ((int)e.StatusCode >= 500) await FinishAsync(db, claim, ids, EmailStatus.Failed, now, ct, e.Message);
                    else await RetryAsync(db, claim, ids, now, e.Message, ct);
                }
            }
            await smtp.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is SmtpProtocolException or SmtpCommandException or IOException or System.Net.Sockets.SocketException or SslHandshakeException
            or AuthenticationException)
        {
            // The server is down or refused us: whatever is not sent yet waits for a later run.
            log.LogWarning("Email could not be sent ({Error}); {Count} notices wait for a later try.", e.Message, claimed - sent.Count - skip.Count);
        }
        await FinishAsync(db, claim, sent, EmailStatus.Sent, now, ct);
        if (sent.Count + skip.Count < emails.Count) await RetryAsync(db, claim, null, now, "The SMTP server could not be reached.", ct);
        return claimed;
    }

    private async Task<int> ClaimAsync(TandemDb db, Guid claim, DateTimeOffset now, CancellationToken ct)
    {
        var until = now + Lease;
        var batch = options.Value.BatchSize;
        if (db.Database.IsNpgsql())
        {
            return await db.Database.ExecuteSqlAsync($"""
                UPDATE "Notifications" SET "EmailClaim" = {claim}, "EmailLeaseUntil" = {until}, "EmailAttempts" = "EmailAttempts" + 1
                WHERE ("OrganizationId", "Id") IN (
                    SELECT "OrganizationId", "Id" FROM "Notifications"
                    WHERE "Email" IN ('Pending', 'Digest') AND "EmailDueAt" <= {now} AND ("EmailLeaseUntil" IS NULL OR "EmailLeaseUntil" < {now})
                    ORDER BY "EmailDueAt" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        // SQLite has one writer at a time: the conditional update is the claim.
        return await db.Notifications.IgnoreQueryFilters(AllOrganizations)
            .Where(n => (n.Email == EmailStatus.Pending || n.Email == EmailStatus.Digest) && n.EmailDueAt <= now && (n.EmailLeaseUntil == null || n.EmailLeaseUntil < now))
            .OrderBy(n => n.EmailDueAt).Take(batch)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaim, claim).SetProperty(n => n.EmailLeaseUntil, until)
                .SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), ct);
    }

    // A person's digest is one email: what the batch's limit left of the digests it took is taken too.
    private static async Task<int> ClaimRestOfDigestsAsync(TandemDb db, Guid claim, DateTimeOffset now, CancellationToken ct)
    {
        var notices = db.Notifications.IgnoreQueryFilters(AllOrganizations);
        var recipients = await notices.Where(n => n.EmailClaim == claim && n.Email == EmailStatus.Digest).Select(n => n.RecipientId).Distinct().ToListAsync(ct);
        if (recipients.Count == 0) return 0;
        var until = now + Lease;
        return await notices.Where(n => n.Email == EmailStatus.Digest && n.EmailDueAt <= now && (n.EmailLeaseUntil == null || n.EmailLeaseUntil < now)
                && recipients.Contains(n.RecipientId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaim, claim).SetProperty(n => n.EmailLeaseUntil, until)
                .SetProperty(n => n.EmailAttempts, n => n.EmailAttempts + 1), ct);
    }

    private static Task FinishAsync(TandemDb db, Guid claim, List<Guid> ids, EmailStatus status, DateTimeOffset now, CancellationToken ct, string? error = null)
    {
        var why = error is null ? null : Cut(error);
        return ids.Count == 0 ? Task.CompletedTask
            : db.Notifications.IgnoreQueryFilters(AllOrganizations).Where(n => n.EmailClaim == claim && ids.Contains(n.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, status).SetProperty(n => n.EmailSentAt, status == EmailStatus.Sent ? now : null)
                    .SetProperty(n => n.EmailError, why).SetProperty(n => n.EmailClaim, (Guid?)null).SetProperty(n => n.EmailLeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(n => n.EmailLink, (string?)null), ct);
    }

    private static string Cut(string error) => NotificationService.Cut(error, ErrorMax);

    // The claimed emails (all that are left of the claim when ids is null) wait 1, 2, 4 … minutes, or are given up.
    private static async Task RetryAsync(TandemDb db, Guid claim, List<Guid>? ids, DateTimeOffset now, string error, CancellationToken ct)
    {
        var left = db.Notifications.IgnoreQueryFilters(AllOrganizations).Where(n => n.EmailClaim == claim && (ids == null || ids.Contains(n.Id)));
        var why = Cut(error);
        await left.Where(n => n.EmailAttempts >= MaxAttempts).ExecuteUpdateAsync(s => s.SetProperty(n => n.Email, EmailStatus.Failed)
            .SetProperty(n => n.EmailError, why).SetProperty(n => n.EmailClaim, (Guid?)null).SetProperty(n => n.EmailLeaseUntil, (DateTimeOffset?)null)
            .SetProperty(n => n.EmailLink, (string?)null), ct);
        foreach (var attempts in Enumerable.Range(1, MaxAttempts - 1))
        {
            var later = now + TimeSpan.FromMinutes(Math.Pow(2, attempts - 1));
            await left.Where(n => n.EmailAttempts == attempts).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailDueAt, later)
                .SetProperty(n => n.EmailError, why).SetProperty(n => n.EmailClaim, (Guid?)null).SetProperty(n => n.EmailLeaseUntil, (DateTimeOffset?)null), ct);
        }
    }
}

/// <summary>
/// A claimed notice with what its email needs: on its own, or one of a digest. An account's email has its secret link
/// sealed in <paramref name="SealedLink"/>; <paramref name="Link"/> is the opened one when the email is written.
/// </summary>
public sealed record OutgoingEmail(Guid OrganizationId, Guid Id, Guid RecipientId, bool InDigest, NoticeKind Kind, string Text, string Link, DateTimeOffset CreatedAt,
    DateTimeOffset DueAt, string Name, string Email, PersonStatus Status, string TimeZone, string Organization, string? SealedLink)
{
    /// <summary>Since when it could have gone: when it was written, or for a digest its morning (later tries move it a little).</summary>
    public DateTimeOffset Since => InDigest ? DueAt : CreatedAt;
}
