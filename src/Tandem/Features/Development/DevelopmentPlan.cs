using Tandem.Data;

namespace Tandem.Features.Development;

/// <summary>
/// A person's development plan in the roadmap form: where they want to go (and whether that means leading
/// people), where they are now, the routes that could get them there, and the next exit — one concrete action
/// with a date. Owned by the person; a draft stays private until they share it with their manager chain and HR.
/// </summary>
public sealed class DevelopmentPlan : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The destination, in the person's own words.</summary>
    public string? Aspiration { get; set; }
    public string? Horizon { get; set; }
    public LeadershipWish WantsToLead { get; set; }
    public string? Strengths { get; set; }
    public string? GrowthAreas { get; set; }
    /// <summary>Two or three strengths and how to use them in current work.</summary>
    public string? StrengthsPlan { get; set; }
    public DateTimeOffset? SharedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
    public List<RouteOption> Routes { get; set; } = [];
    public List<DevelopmentAction> Actions { get; set; } = [];
}

/// <summary>Whether the person wants to lead people: their answer decides the route, not an assumption.</summary>
public enum LeadershipWish
{
    Unsure,
    Yes,
    No,
}

/// <summary>A way to get closer to the destination, with its trade-offs.</summary>
public sealed class RouteOption : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public RouteKind Kind { get; set; }
    public required string Description { get; set; }
    public string? TradeOffs { get; set; }
    public int Position { get; set; }
}

public enum RouteKind
{
    LateralMove,
    StretchProject,
    Training,
    Mentoring,
    CrossTeamWork,
}

/// <summary>A development action with a status and a due date; one of them may be the plan's next exit.</summary>
public sealed class DevelopmentAction : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public required string Text { get; set; }
    public ActionStatus Status { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool IsNextExit { get; set; }
    /// <summary>When its owner was reminded that the next exit is due (<see cref="NextExitReminders"/>); a new due date clears it.</summary>
    public DateTimeOffset? RemindedAt { get; set; }
    public Guid? CapabilityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A learning resource in the catalogue: what it is, which capability it builds and toward which level.</summary>
public sealed class LearningResource : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public string? Link { get; set; }
    public ResourceKind Kind { get; set; }
    public Guid CapabilityId { get; set; }
    public int TargetLevel { get; set; }
    /// <summary>Roughly how many hours it takes.</summary>
    public int? EffortHours { get; set; }
}

public enum ResourceKind
{
    Course,
    Book,
    Article,
    Mentoring,
    Project,
}
