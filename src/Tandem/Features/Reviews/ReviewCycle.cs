using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>
/// A review cycle: what kind, the period it reviews, who is in it, which template each department uses, and its phases
/// with their due dates. HR moves it from phase to phase; each kind of review can be written until its phase ends.
/// </summary>
public sealed class ReviewCycle : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public CycleKind Kind { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public Population Population { get; set; } = new();
    /// <summary>The template everyone gets unless their department has its own in <see cref="DepartmentTemplates"/>.</summary>
    public Guid TemplateId { get; set; }
    public DepartmentTemplates DepartmentTemplates { get; set; } = new();
    public bool PeerReviews { get; set; }
    public bool UpwardReviews { get; set; }
    public bool Calibration { get; set; }
    public CyclePhase Phase { get; set; }
    public PhaseDates Dates { get; set; } = new();
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum CycleKind
{
    Quarterly,
    HalfYear,
    Annual,
    Probation,
    AdHoc,
}

/// <summary>The phases in order; a cycle skips those it does not use (peers, calibration).</summary>
public enum CyclePhase
{
    Draft,
    SelfReview,
    PeerNomination,
    PeerReview,
    ManagerReview,
    Calibration,
    /// <summary>Reviews are released: the two meet, and the employee acknowledges.</summary>
    Released,
    Closed,
}

/// <summary>Who is in a cycle.</summary>
public sealed class Population
{
    public PopulationKind Kind { get; set; }
    /// <summary>The departments, teams or the one manager whose tree is in it.</summary>
    public List<Guid> Ids { get; set; } = [];
    /// <summary>For probation cycles: people who started on or after this date…</summary>
    public DateOnly? StartedFrom { get; set; }
    /// <summary>…and on or before this one.</summary>
    public DateOnly? StartedTo { get; set; }
}

public enum PopulationKind
{
    Organization,
    Departments,
    Teams,
    ManagerTree,
    StartedBetween,
}

/// <summary>Departments with a template of their own in a cycle.</summary>
public sealed class DepartmentTemplates
{
    public List<DepartmentTemplate> Items { get; set; } = [];
}

public sealed record DepartmentTemplate(Guid DepartmentId, Guid TemplateId);

/// <summary>The last day of each phase; null for a phase the cycle skips.</summary>
public sealed class PhaseDates
{
    public DateOnly SelfReviewDue { get; set; }
    public DateOnly? NominationDue { get; set; }
    public DateOnly? PeerReviewDue { get; set; }
    public DateOnly ManagerReviewDue { get; set; }
    public DateOnly? CalibrationDue { get; set; }
    public DateOnly ReleaseOn { get; set; }
    public DateOnly AcknowledgeDue { get; set; }
}
