namespace Tandem.Features.Development;

/// <summary>Write your plan. Send the version you read; routes replace the earlier list.</summary>
public sealed record PlanInput(string? Aspiration, string? Horizon, LeadershipWish WantsToLead, string? Strengths, string? GrowthAreas,
    string? StrengthsPlan, IReadOnlyList<RouteInput>? Routes, long Version);
