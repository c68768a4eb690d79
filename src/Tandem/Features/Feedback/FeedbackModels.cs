using Tandem.Features.People;

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

/// <summary>How many reacted with one kind, and whether you did.</summary>
public sealed record ReactionCount(ReactionKind Kind, int Count, bool Mine);

/// <summary>React to public praise (again to take it back).</summary>
public sealed record ReactInput(ReactionKind Kind);

/// <summary>Ask chosen people for feedback about yourself or (as their manager) a report, by a date.</summary>
/// <param name="SubjectId">Whom the feedback is about: you (default) or one of your direct reports.</param>
public sealed record RequestInput(IReadOnlyList<Guid> RecipientIds, string? Prompts, DateOnly DueDate, Guid? SubjectId = null);

/// <summary>A request as its requester sees it: who was asked and who answered.</summary>
public sealed record RequestInfo(Guid Id, PersonRef Requester, PersonRef Subject, string Prompts, DateOnly DueDate, DateTimeOffset At,
    IReadOnlyList<RecipientStatus> Recipients);

/// <summary>Someone asked, and when they answered (null: not yet).</summary>
public sealed record RecipientStatus(PersonRef Person, DateTimeOffset? AnsweredAt);

/// <summary>A request waiting for the signed-in person's answer.</summary>
public sealed record PendingRequest(Guid Id, PersonRef Requester, PersonRef Subject, string Prompts, DateOnly DueDate);

/// <summary>Received feedback per month by kind, oldest month first.</summary>
public sealed record BalanceMonth(DateOnly Month, int Praise, int Constructive, int Feedforward);

/// <summary>A theme or value that keeps coming up in someone's feedback, with how often.</summary>
/// <see cref="CapabilityId"/> is set when the theme is a capability of the framework (it can become a plan action).
public sealed record RecurringTheme(string Theme, int Count, DateTimeOffset Last, Guid? CapabilityId = null);

/// <summary>
/// Feedback about one capability before a plan action started (the half year before) and since, as the viewer may read it:
/// whether later feedback on that theme improves.
/// </summary>
public sealed record CapabilityFeedback(Guid CapabilityId, FeedbackTally Before, FeedbackTally Since)
{
    /// <summary>How far the share of praise must move to count as a change, not noise.</summary>
    public const double Margin = 0.15;

    public FeedbackTrend Trend => Before.Total == 0 || Since.Total == 0 ? FeedbackTrend.TooLittle
        : Since.PraiseShare - Before.PraiseShare > Margin ? FeedbackTrend.Improving
        : Before.PraiseShare - Since.PraiseShare > Margin ? FeedbackTrend.Slipping
        : FeedbackTrend.Steady;
}

/// <summary>Praise, and constructive feedback or suggestions (things to work on).</summary>
public sealed record FeedbackTally(int Praise, int ToWorkOn)
{
    public int Total => Praise + ToWorkOn;
    public double PraiseShare => Total == 0 ? 0 : (double)Praise / Total;
}

public enum FeedbackTrend
{
    /// <summary>No feedback on the capability before, or none since: nothing to compare.</summary>
    TooLittle,
    Improving,
    Steady,
    Slipping,
}

/// <summary>A company value: a name people recognise each other for.</summary>
public sealed record ValueInfo(Guid Id, string Name, string? Description, bool Archived);

/// <summary>Add or change a company value (HR admin).</summary>
public sealed record ValueInput(string Name, string? Description, bool Archived = false);
