namespace Tandem.Features.Notifications;

/// <summary>
/// Every event that notifies someone, in one place: what a notice is about decides who may turn it off and how it is
/// delivered by default (<see cref="NoticeKinds"/>). Stored by name.
/// </summary>
public enum NoticeKind
{
    /// <summary>Notices written before kinds existed.</summary>
    Other,
    FeedbackRequested,
    FeedbackRequestDue,
    PeersToApprove,
    PeerReviewAsked,
    ReviewCycleOpened,
    ReviewsDue,
    ReviewWriterChanged,
    ReviewReleased,
    ReviewAcknowledged,
    OneOnOneTomorrow,
    CommitmentOverdue,
    NextExitDue,
    TeamWeek,
    Invitation,
    PasswordReset,
    SignInAlert,
}

/// <summary>
/// How a kind of notice reaches people unless they choose otherwise. A kind that is not <paramref name="Optional"/> (an
/// invitation, a password reset, a sign-in alert) is always emailed at once, quiet hours or not, and has no unsubscribe.
/// </summary>
public sealed record NoticeKindInfo(NoticeKind Kind, string Label, string Description, NoticeDelivery Default, bool Optional = true);

/// <summary>The catalogue of <see cref="NoticeKind"/>: labels for the settings page and the default delivery.</summary>
public static class NoticeKinds
{
    public static readonly IReadOnlyList<NoticeKindInfo> All =
    [
        new(NoticeKind.FeedbackRequested, "Feedback requests", "Someone asks you for feedback about a person or a piece of work.", NoticeDelivery.Email),
        new(NoticeKind.FeedbackRequestDue, "Feedback request reminders", "A request you have not answered is due in two days.", NoticeDelivery.Email),
        new(NoticeKind.PeersToApprove, "Peers to approve", "One of your reports proposed the peers for their review.", NoticeDelivery.Email),
        new(NoticeKind.PeerReviewAsked, "Peer reviews asked of you", "You are asked to write a peer review.", NoticeDelivery.Email),
        new(NoticeKind.ReviewCycleOpened, "Review cycles opening", "A review cycle you are in opens.", NoticeDelivery.Email),
        new(NoticeKind.ReviewsDue, "Reviews due", "Reviews of yours are due soon, or a phase opens with reviews to write.", NoticeDelivery.Email),
        new(NoticeKind.ReviewWriterChanged, "Reviews handed to you", "You write a review because someone new reports to you.", NoticeDelivery.Email),
        new(NoticeKind.ReviewReleased, "Reviews released", "Your review is ready to read.", NoticeDelivery.Email),
        new(NoticeKind.ReviewAcknowledged, "Reviews acknowledged", "A report acknowledged the review you wrote.", NoticeDelivery.InApp),
        new(NoticeKind.OneOnOneTomorrow, "1:1s tomorrow", "A day before a 1:1: add your topics, with the agenda so far.", NoticeDelivery.Email),
        new(NoticeKind.CommitmentOverdue, "Overdue commitments", "A commitment from a 1:1 of yours (yours or the other person's) is past its date.", NoticeDelivery.Email),
        new(NoticeKind.NextExitDue, "Next steps due", "The next step of your development plan is due in two days.", NoticeDelivery.Email),
        new(NoticeKind.TeamWeek, "Your team's week", "Mondays, for managers: the team's 1:1s, overdue commitments, goals at risk and reviews to write.", NoticeDelivery.Email),
        new(NoticeKind.Invitation, "Invitations", "Your organisation invites you to Tandem.", NoticeDelivery.Email, Optional: false),
        new(NoticeKind.PasswordReset, "Password resets", "You asked for a link to choose a new password.", NoticeDelivery.Email, Optional: false),
        new(NoticeKind.SignInAlert, "Sign-in alerts", "A sign-in from a new browser, a paused account, a changed password.", NoticeDelivery.Email, Optional: false),
        new(NoticeKind.Other, "Other notices", "Anything else Tandem tells you about.", NoticeDelivery.InApp),
    ];

    /// <summary>The kinds people choose the delivery of (and HR sets defaults for).</summary>
    public static readonly IReadOnlyList<NoticeKindInfo> Optional = [.. All.Where(k => k.Optional)];

    private static readonly Dictionary<NoticeKind, NoticeKindInfo> ByKind = All.ToDictionary(k => k.Kind);

    public static NoticeKindInfo Of(NoticeKind kind) => ByKind[kind];

    /// <summary>A delivery in words, for the settings pages.</summary>
    public static string Label(NoticeDelivery delivery) => delivery switch
    {
        NoticeDelivery.InApp => "In Tandem only",
        NoticeDelivery.Email => "Email at once",
        NoticeDelivery.DailyDigest => "Daily digest email",
        NoticeDelivery.WeeklyDigest => "Weekly digest (Mondays)",
        _ => "Off",
    };
}
