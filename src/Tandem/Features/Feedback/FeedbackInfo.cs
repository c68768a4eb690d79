using Tandem.Features.People;

namespace Tandem.Features.Feedback;

/// <summary>A feedback item as the viewer may see it. <see cref="Giver"/> is null for anonymous feedback.</summary>
public sealed record FeedbackInfo(
    Guid Id,
    PersonRef? Giver,
    PersonRef Receiver,
    FeedbackKind Kind,
    FeedbackVisibility Visibility,
    string Text,
    string? What,
    string? SoWhat,
    string? NowWhat,
    IReadOnlyList<string> Values,
    Guid? GoalId,
    string? GoalTitle,
    string? Theme,
    Guid? CapabilityId,
    string? Capability,
    bool IsAnonymous,
    DateTimeOffset At,
    IReadOnlyList<ReactionCount> Reactions);
