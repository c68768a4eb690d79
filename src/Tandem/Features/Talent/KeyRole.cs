using Tandem.Data;

namespace Tandem.Features.Talent;

/// <summary>
/// A role the organisation can't afford to leave empty, in one talent review: its holder (if any), whether it leads people,
/// the holder's flight risk and the impact of losing them, notes, and its successors.
/// </summary>
public sealed class KeyRole : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public required string Title { get; set; }
    /// <summary>Who holds the role now; none when it is open.</summary>
    public Guid? HolderId { get; set; }
    /// <summary>Whether the role leads people: a successor who said they don't want to is warned about.</summary>
    public bool LeadsPeople { get; set; }
    public Level? FlightRisk { get; set; }
    public Level? ImpactOfLoss { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A three-point judgement: flight risk, impact of loss.</summary>
public enum Level
{
    Low,
    Medium,
    High,
}
