using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>
/// A person in a cycle: who writes their manager review, which template version they get, and the end of their part of
/// the cycle — release, the conversation and their acknowledgement.
/// </summary>
public sealed class ReviewParticipant : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid CycleId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>Who writes the manager review: their manager when the cycle opened, or the new one after a change.</summary>
    public Guid? ReviewerId { get; set; }
    public Guid TemplateId { get; set; }
    public ParticipantStatus Status { get; set; }
    /// <summary>Added after the cycle opened.</summary>
    public bool JoinedLate { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    /// <summary>The 1:1 where the two talk the review through.</summary>
    public Guid? MeetingId { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgementComment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ParticipantStatus
{
    Active,
    /// <summary>Taken out of the cycle (left, or excluded by HR); their reviews are no longer asked for.</summary>
    Excluded,
}
