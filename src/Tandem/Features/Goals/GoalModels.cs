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

/// <summary>A key result: a metric from start to target (either direction), or a milestone.</summary>
public sealed record KeyResultInput
{
    public string Title { get; init; } = "";
    public KeyResultKind Kind { get; init; }
    public double? Start { get; init; }
    public double? Target { get; init; }
    public string? Unit { get; init; }
    public double Weight { get; init; } = 1;
}

/// <summary>An edit of a goal: its fields and the version the editor read.</summary>
public sealed record GoalUpdate(GoalInput Goal, long Version);

/// <summary>An edit of a key result's definition and the version the editor read.</summary>
public sealed record KeyResultUpdateInput(KeyResultInput KeyResult, long Version);

/// <summary>A check-in: the new value (or milestone done), how it is going, confidence 0–10, and the version read.</summary>
public sealed record CheckInInput(double? Value, bool? Done, CheckInStatus Status, int Confidence, string? Comment, long Version);

/// <summary>A comment on a goal; managers may mark it as a proposed change.</summary>
public sealed record CommentInput(string Text, bool ProposedChange = false);

/// <summary>Mark a goal done or dropped, or reopen it (on track).</summary>
public sealed record StatusInput(GoalStatus Status);

/// <summary>A manager's decision on a submitted goal.</summary>
public sealed record ApprovalInput(bool Approve, string? Comment);

/// <summary>Copy a goal to every active member of a team or a department.</summary>
public sealed record AssignInput(Guid? TeamId, Guid? DepartmentId);

/// <summary>How many copies a bulk assignment made, and how many members already had one.</summary>
public sealed record AssignResult(int Created, int AlreadyAssigned);

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

/// <summary>A goal in the path from the top, or "a private goal" for one the viewer may not read.</summary>
public sealed record GoalRef(Guid? Id, string Title);

/// <summary>A key result with its latest check-in.</summary>
public sealed record KeyResultDetails(
    Guid Id,
    string Title,
    KeyResultKind Kind,
    double? Start,
    double? Target,
    double? Current,
    string? Unit,
    bool Done,
    double Weight,
    double Progress,
    int? Confidence,
    CheckInStatus? Status,
    long Version);

/// <summary>One check-in in a key result's history.</summary>
public sealed record CheckInDetails(Guid Id, Guid KeyResultId, double? Value, bool? Done, double Progress, CheckInStatus Status,
    int Confidence, string? Comment, string Author, DateTimeOffset At);

/// <summary>A comment with its author.</summary>
public sealed record CommentDetails(Guid Id, GoalCommentKind Kind, string Text, Guid AuthorId, string Author, DateTimeOffset At);

/// <summary>What the viewer may do with a goal.</summary>
public sealed record GoalPermissions(bool Edit, bool CheckIn, bool Comment, bool Approve, bool ProposeChanges, bool Assign);

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
