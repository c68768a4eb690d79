namespace Tandem.Features.Goals;

/// <summary>A goal's fields as the form and the API send them.</summary>
public sealed record GoalInput
{
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public GoalOwnerType OwnerType { get; init; } = GoalOwnerType.Person;
    /// <summary>For a person's goal; defaults to you.</summary>
    public Guid? OwnerPersonId { get; init; }
    public Guid? OwnerTeamId { get; init; }
    public Guid? OwnerDepartmentId { get; init; }
    /// <summary>A period's id; none for an open-ended goal.</summary>
    public Guid? PeriodId { get; init; }
    public DateOnly? DueDate { get; init; }
    public GoalCommitment Commitment { get; init; }
    public GoalVisibility Visibility { get; init; }
    /// <summary>The goal this one aligns to.</summary>
    public Guid? ParentGoalId { get; init; }
    /// <summary>Weight within the parent's progress, above 0; 1 by default.</summary>
    public double Weight { get; init; } = 1;
    /// <summary>Key results to create with a new goal (ignored when updating).</summary>
    public IReadOnlyList<KeyResultInput> KeyResults { get; init; } = [];
}
