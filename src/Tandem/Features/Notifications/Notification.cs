using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>
/// A notice for one person (a request for feedback, a reminder). Its recipient alone reads it. It is also the email
/// outbox: written in the same transaction as the change that causes it, it carries its email's delivery state, which
/// <see cref="EmailSender"/> claims with a lease and updates.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid RecipientId { get; set; }
    public NoticeKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>A path in Tandem to act on it.</summary>
    public required string Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public EmailStatus Email { get; set; }
    /// <summary>When the email may go: now, after quiet hours, at the digest's morning, or later after a failed try.</summary>
    public DateTimeOffset? EmailDueAt { get; set; }
    public int EmailAttempts { get; set; }
    /// <summary>The sender run that holds the email, until <see cref="EmailLeaseUntil"/>; another may take it after that.</summary>
    public Guid? EmailClaim { get; set; }
    public DateTimeOffset? EmailLeaseUntil { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
    /// <summary>Why the last try failed (the SMTP server's answer), for the operator.</summary>
    public string? EmailError { get; set; }
    /// <summary>
    /// A link only the email carries (an invitation's, a password reset's), sealed with the data-protection keys
    /// (<see cref="EmailLinks"/>) and erased once the email is sent or given up; the notice's own <see cref="Link"/> is harmless.
    /// </summary>
    public string? EmailLink { get; set; }
}

/// <summary>
/// Where a notice's email is: none to send, waiting to go on its own, waiting for its recipient's digest, sent, not sent
/// (the person left or has no address), or given up.
/// </summary>
public enum EmailStatus
{
    None,
    Pending,
    Digest,
    Sent,
    Skipped,
    Failed,
}
