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
}

/// <summary>How a kind of notice reaches people unless they choose otherwise.</summary>
public sealed record NoticeKindInfo(NoticeKind Kind, string Label, string Description, bool EmailByDefault);

/// <summary>The catalogue of <see cref="NoticeKind"/>: labels for the settings page and the default delivery.</summary>
public static class NoticeKinds
{
    public static readonly IReadOnlyList<NoticeKindInfo> All =
    [
        new(NoticeKind.FeedbackRequested, "Feedback requests", "Someone asks you for feedback about a person or a piece of work.", true),
        new(NoticeKind.FeedbackRequestDue, "Feedback request reminders", "A request you have not answered is due in two days.", true),
        new(NoticeKind.PeersToApprove, "Peers to approve", "One of your reports proposed the peers for their review.", true),
        new(NoticeKind.PeerReviewAsked, "Peer reviews asked of you", "You are asked to write a peer review.", true),
        new(NoticeKind.ReviewCycleOpened, "Review cycles opening", "A review cycle you are in opens.", true),
        new(NoticeKind.ReviewsDue, "Reviews due", "Reviews of yours are due soon, or a phase opens with reviews to write.", true),
        new(NoticeKind.ReviewWriterChanged, "Reviews handed to you", "You write a review because someone new reports to you.", true),
        new(NoticeKind.ReviewReleased, "Reviews released", "Your review is ready to read.", true),
        new(NoticeKind.ReviewAcknowledged, "Reviews acknowledged", "A report acknowledged the review you wrote.", false),
        new(NoticeKind.Other, "Other notices", "Anything else Tandem tells you about.", false),
    ];

    private static readonly Dictionary<NoticeKind, NoticeKindInfo> ByKind = All.ToDictionary(k => k.Kind);

    public static NoticeKindInfo Of(NoticeKind kind) => ByKind[kind];
}
