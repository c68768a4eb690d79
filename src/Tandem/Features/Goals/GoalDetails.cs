namespace Tandem.Features.Goals;

/// <summary>A goal with everything its page shows. Children the viewer may not read are only counted.</summary>
/// <param name="Path">The goals above, from the top down.</param>
/// <param name="PrivateChildren">Aligned goals the viewer may not read, counted without titles.</param>
/// <param name="Comments">The latest comments (at most <see cref="GoalConversation.Shown"/>), oldest first; ListGoalComments pages through all.</param>
/// <param name="CommentCount">How many comments the goal has in all.</param>
public sealed record GoalDetails(
    GoalSummary Goal,
    string? Description,
    Guid? PeriodId,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    bool PeriodClosed,
    DateOnly? DueDate,
    double Weight,
    long Version,
    IReadOnlyList<GoalRef> Path,
    IReadOnlyList<KeyResultDetails> KeyResults,
    IReadOnlyList<GoalSummary> Children,
    int PrivateChildren,
    IReadOnlyList<CheckInDetails> History,
    IReadOnlyList<CommentDetails> Comments,
    int CommentCount,
    IReadOnlyList<SmartCheck> Smart,
    GoalPermissions Can);
