namespace Tandem.Features.Development;

/// <summary>
/// A development plan as its reader sees it. <see cref="Stale"/>: open actions haven't moved over the last three 1:1s.
/// <see cref="Feedback"/>: for each capability the actions work on, the feedback on it before the first such action and since.
/// </summary>
public sealed record PlanInfo(Guid? Id, Guid PersonId, string Name, string? Aspiration, string? Horizon, LeadershipWish WantsToLead,
    string? Strengths, string? GrowthAreas, string? StrengthsPlan, bool Shared, IReadOnlyList<RouteInput> Routes, IReadOnlyList<ActionInfo> Actions,
    bool Stale, long Version, bool CanEdit, IReadOnlyList<ResourceInfo> Recommendations, IReadOnlyList<CapabilityFeedback> Feedback);
