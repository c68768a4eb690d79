using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>A peer proposed to review someone: by the person themselves, approved or changed by their manager.</summary>
public sealed class PeerNomination : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid CycleId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid PeerId { get; set; }
    public NominationStatus Status { get; set; }
    /// <summary>Added by the manager rather than proposed by the person.</summary>
    public bool AddedByManager { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum NominationStatus
{
    Proposed,
    Approved,
    Declined,
}
