namespace Tandem.Features.Development;

/// <summary>Assess a capability: your own level (self), or as their manager a report's, with evidence.</summary>
/// <param name="FeedbackId">Feedback about the person you may read, as evidence (optional).</param>
/// <param name="GoalId">A goal you may read, as evidence (optional).</param>
public sealed record AssessmentInput(Guid CapabilityId, int Level, string? Evidence, Guid? FeedbackId = null, Guid? GoalId = null);
