namespace Tandem.Features.Feedback;

/// <summary>Give feedback. Anonymous feedback (upward or to a peer, where the organisation allows it) is shown
/// only once enough different people have given some, all together.</summary>
/// <param name="What">The behaviour you observed.</param>
/// <param name="SoWhat">Its effect.</param>
/// <param name="NowWhat">The next step you suggest.</param>
public sealed record GiveInput(
    Guid ReceiverId,
    FeedbackKind Kind,
    string Text,
    FeedbackVisibility Visibility = FeedbackVisibility.ToPerson,
    string? What = null,
    string? SoWhat = null,
    string? NowWhat = null,
    IReadOnlyList<Guid>? ValueIds = null,
    Guid? GoalId = null,
    string? Theme = null,
    bool Anonymous = false,
    Guid? RequestId = null,
    Guid? CapabilityId = null);
