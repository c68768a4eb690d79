namespace Tandem.Features.Goals;

/// <summary>A goal as lists show it.</summary>
public sealed record GoalSummary(
    Guid Id,
    string Title,
    GoalOwnerType OwnerType,
    Guid? OwnerId,
    string OwnerName,
    string? Period,
    GoalStatus Status,
    GoalApproval Approval,
    GoalCommitment Commitment,
    GoalVisibility Visibility,
    double Progress,
    double? Score,
    Guid? ParentGoalId);
