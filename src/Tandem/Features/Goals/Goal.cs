using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>An objective: what someone (a person, team, department or the company) wants to achieve.</summary>
public sealed class Goal : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public GoalOwnerType OwnerType { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public Guid? OwnerTeamId { get; set; }
    public Guid? OwnerDepartmentId { get; set; }
    /// <summary>The period the goal belongs to; null for an open-ended goal.</summary>
    public Guid? PeriodId { get; set; }
    /// <summary>For open-ended goals: when it should be reached, if known.</summary>
    public DateOnly? DueDate { get; set; }
    public GoalCommitment Commitment { get; set; }
    public GoalVisibility Visibility { get; set; }
    public GoalStatus Status { get; set; }
    public GoalApproval Approval { get; set; } = GoalApproval.Approved;
    /// <summary>The one goal this aligns to (company → department/team → individual).</summary>
    public Guid? ParentGoalId { get; set; }
    /// <summary>How much this goal counts in its parent's progress, relative to its siblings. Default 1.</summary>
    public double Weight { get; set; } = 1;
    /// <summary>0–1, kept up to date by <see cref="GoalRollups"/>.</summary>
    public double Progress { get; set; }
    /// <summary>0–1: the progress the goal had when its period closed.</summary>
    public double? Score { get; set; }
    /// <summary>The goal this one was copied from by a bulk assignment.</summary>
    public Guid? TemplateGoalId { get; set; }
    /// <summary>The reference a CSV import gave this goal, so importing the file again updates it.</summary>
    public string? ImportRef { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public GoalPeriod? Period { get; set; }
    public List<KeyResult> KeyResults { get; set; } = [];
}

public enum GoalOwnerType
{
    Person,
    Team,
    Department,
    Company,
}

public enum GoalCommitment
{
    Committed,
    Stretch,
}

public enum GoalVisibility
{
    Public,
    Private,
}

public enum GoalStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    Done,
    Dropped,
}

/// <summary>Where an individual goal stands when the organisation asks managers to approve goals.</summary>
public enum GoalApproval
{
    Approved,
    Draft,
    Submitted,
    ChangesRequested,
}

/// <summary>A measurable result under an objective: a metric from start to target, or a milestone.</summary>
public sealed class KeyResult : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid GoalId { get; set; }
    public required string Title { get; set; }
    public KeyResultKind Kind { get; set; }
    public double? Start { get; set; }
    public double? Target { get; set; }
    public double? Current { get; set; }
    public string? Unit { get; set; }
    public bool Done { get; set; }
    public double Weight { get; set; } = 1;
    /// <summary>0–1, from the current value (or done) — see <see cref="GoalMath"/>.</summary>
    public double Progress { get; set; }
    /// <summary>The latest check-in's confidence, 0–10.</summary>
    public int? Confidence { get; set; }
    public CheckInStatus? Status { get; set; }
    public int Position { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum KeyResultKind
{
    Metric,
    Milestone,
}

public enum CheckInStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
}

/// <summary>One check-in on a key result: its value then, how it is going, and how sure its owner is.</summary>
public sealed class KeyResultUpdate : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid GoalId { get; set; }
    public Guid KeyResultId { get; set; }
    public double? Value { get; set; }
    public bool? Done { get; set; }
    public double Progress { get; set; }
    public CheckInStatus Status { get; set; }
    public int Confidence { get; set; }
    public string? Comment { get; set; }
    public Guid AuthorId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A comment on a goal; a manager's proposed change or an approval decision is a comment too.</summary>
public sealed class GoalComment : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid GoalId { get; set; }
    public Guid AuthorId { get; set; }
    public GoalCommentKind Kind { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum GoalCommentKind
{
    Comment,
    ProposedChange,
    Submitted,
    Approved,
    ChangesRequested,
}

/// <summary>A time box for goals: a quarter by default, or a custom range. Closing it scores its goals.</summary>
public sealed class GoalPeriod : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedById { get; set; }
}
