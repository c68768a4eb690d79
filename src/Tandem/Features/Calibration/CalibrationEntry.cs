using Tandem.Data;

namespace Tandem.Features.Calibration;

/// <summary>
/// One person in a session: the rating and potential their manager proposed (kept as they came in) and the values the
/// session settled on. A person is in at most one session of a cycle.
/// </summary>
public sealed class CalibrationEntry : ITenantOwned, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid CycleId { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>Who proposed: the writer of the manager review.</summary>
    public Guid? ManagerId { get; set; }
    /// <summary>The manager review's score on the scale (overall score, or the mean of its ratings), unrounded.</summary>
    public double? ProposedScore { get; set; }
    public int? ProposedRating { get; set; }
    public int? Rating { get; set; }
    public int? ProposedPotential { get; set; }
    public int? Potential { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}
