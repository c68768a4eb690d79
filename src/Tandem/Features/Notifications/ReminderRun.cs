using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>
/// A periodic notice an organisation had for one period (the managers' week, by ISO week): its key is the claim, so of
/// several instances, and of the hourly runs of a Monday, one writes it.
/// </summary>
public sealed class ReminderRun : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public required string Name { get; set; }
    /// <summary>"2026-W50".</summary>
    public required string Period { get; set; }
    public DateTimeOffset At { get; set; }
}
