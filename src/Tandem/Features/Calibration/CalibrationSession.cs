using Tandem.Data;

namespace Tandem.Features.Calibration;

/// <summary>
/// A calibration session of a review cycle: a group of the cycle's people whose proposed manager ratings HR and the invited
/// managers compare and adjust together, on one rating scale, with a 9-box of performance and potential. Only HR admins and
/// the session's participants read it; what it decides reaches the people only with the cycle's release.
/// </summary>
public sealed class CalibrationSession : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid CycleId { get; set; }
    public required string Name { get; set; }
    public SessionGroup Group { get; set; } = new();
    /// <summary>The labels of the scale everyone in the session is rated on, lowest first.</summary>
    public List<string> Scale { get; set; } = [];
    /// <summary>An optional guideline: the share of people (percent) expected at each point of the scale. Not a forced curve.</summary>
    public RatingGuideline Guideline { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>Who a session calibrates: departments, a manager's tree, or people chosen one by one.</summary>
public sealed class SessionGroup
{
    public GroupKind Kind { get; set; }
    public List<Guid> Ids { get; set; } = [];
}

public enum GroupKind
{
    Departments,
    ManagerTree,
    People,
}

public sealed class RatingGuideline
{
    /// <summary>Percent per scale point, lowest first; empty when the session has no guideline.</summary>
    public List<int> Shares { get; set; } = [];
}
