using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>The organisation's delivery for one kind of notice, set by HR, for everyone who has not chosen their own.</summary>
public sealed class NoticeDefault : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public NoticeKind Kind { get; set; }
    public NoticeDelivery Delivery { get; set; }
}
