using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>An in-app notice for one person (a request for feedback, a reminder). Its recipient alone reads it.</summary>
public sealed class Notification : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid RecipientId { get; set; }
    public required string Text { get; set; }
    /// <summary>A path in Tandem to act on it.</summary>
    public required string Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
