using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>
/// The hours of a person's day when Tandem sends them no email, on their own clock (their profile's time zone). They
/// may run over midnight (22:00–07:00); what falls inside waits for the end of them.
/// </summary>
public sealed class QuietHours : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly Until { get; set; }
}
