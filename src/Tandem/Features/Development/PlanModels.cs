namespace Tandem.Features.Development;

/// <summary>Write your plan. Send the version you read; routes replace the earlier list.</summary>
public sealed record PlanInput(string? Aspiration, string? Horizon, LeadershipWish WantsToLead, string? Strengths, string? GrowthAreas,
    string? StrengthsPlan, IReadOnlyList<RouteInput>? Routes, long Version);

/// <summary>A route option with its trade-offs.</summary>
public sealed record RouteInput(RouteKind Kind, string Description, string? TradeOffs);

/// <summary>Add a development action; the next exit needs a due date and replaces the earlier one.</summary>
public sealed record ActionInput(string Text, DateOnly? DueDate = null, bool IsNextExit = false, Guid? CapabilityId = null);

/// <summary>Move an action on: its status, due date, or whether it is the next exit.</summary>
public sealed record ActionUpdate(ActionStatus? Status = null, DateOnly? DueDate = null, bool? IsNextExit = null);

/// <summary>Share the plan with your manager chain and HR, or take it back to a private draft.</summary>
public sealed record ShareInput(bool Shared);

/// <summary>An action as the plan shows it.</summary>
public sealed record ActionInfo(Guid Id, string Text, ActionStatus Status, DateOnly? DueDate, bool IsNextExit, Guid? CapabilityId, DateTimeOffset UpdatedAt);

/// <summary>A resource recommended for one of the person's largest gaps.</summary>
public sealed record ResourceInfo(Guid Id, string Title, string? Link, ResourceKind Kind, Guid CapabilityId, string Capability, int TargetLevel, int? EffortHours);

/// <summary>Add a learning resource to the catalogue (HR admin).</summary>
public sealed record ResourceInput(string Title, string? Link, ResourceKind Kind, Guid CapabilityId, int TargetLevel, int? EffortHours);

/// <summary>
/// A development plan as its reader sees it. <see cref="Stale"/>: open actions haven't moved over the last three 1:1s.
/// <see cref="Feedback"/>: for each capability the actions work on, the feedback on it before the first such action and since.
/// </summary>
public sealed record PlanInfo(Guid? Id, Guid PersonId, string Name, string? Aspiration, string? Horizon, LeadershipWish WantsToLead,
    string? Strengths, string? GrowthAreas, string? StrengthsPlan, bool Shared, IReadOnlyList<RouteInput> Routes, IReadOnlyList<ActionInfo> Actions,
    bool Stale, long Version, bool CanEdit, IReadOnlyList<ResourceInfo> Recommendations, IReadOnlyList<Feedback.CapabilityFeedback> Feedback);

/// <summary>What a 1:1 shows of the report's plan: its open actions and whether it has stalled.</summary>
public sealed record DevelopmentFocus(Guid PersonId, IReadOnlyList<ActionInfo> OpenActions, bool Stale, bool Shared);
