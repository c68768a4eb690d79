using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>A person's choice for one kind of notice; without one, the organisation's default (or Tandem's) holds.</summary>
public sealed class NoticePreference : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public NoticeKind Kind { get; set; }
    public NoticeDelivery Delivery { get; set; }
}
