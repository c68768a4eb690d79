namespace Tandem.Features.Reviews;

/// <summary>
/// A person's reviews in a cycle, as the reader may see them: submitted reviews only; peers named to managers and HR,
/// and to the person only when the organisation says so; upward reviews only as an aggregate.
/// </summary>
public sealed record ReviewResults(Guid CycleId, string Cycle, CyclePhase Phase, Guid PersonId, string Person, string? Manager, ResultsReader Reader,
    IReadOnlyList<string> Scale, DateTimeOffset? ReleasedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgementComment, Guid? MeetingId, IReadOnlyList<MeetingOption> Meetings,
    SubmittedReview? Self, SubmittedReview? ManagerReview, IReadOnlyList<SubmittedReview> Peers, UpwardSummary? Upward, IReadOnlyList<EvidenceItem> Cited, double? OverallScore,
    int? CalibratedRating, RecognitionInfo? Recognition, bool CanRecognise,
    IReadOnlyList<ReviewStatus> Progress, string? WhyNotRelease, bool CanRelease, bool CanAcknowledge);

/// <summary>Where one review stands (for managers and HR); upward reviews only as a count.</summary>
public sealed record ReviewStatus(ReviewKind Kind, string? Writer, ReviewState State, int Count);

/// <summary>Upward reviews of a manager: shown only over the anonymity threshold, and never so that two answers single someone out.</summary>
public sealed record UpwardSummary(int Responses, bool Shown, string? WhyHidden, IReadOnlyList<QuestionAggregate> Questions);

/// <summary>One question over all upward reviews: the mean and spread of its ratings, and its comments in alphabetical order (no order of writing).</summary>
public sealed record QuestionAggregate(string Key, string Text, double? Average, IReadOnlyList<int> Distribution, IReadOnlyList<string> Comments);

/// <summary>The person's acknowledgement of their review, with an optional comment.</summary>
public sealed record AcknowledgeInput(string? Comment);

/// <summary>A 1:1 of the two: the linked conversation, or one the manager may link.</summary>
public sealed record MeetingOption(Guid Id, DateTimeOffset StartsAt);

/// <summary>The 1:1 where the two talk the review through.</summary>
public sealed record ConversationInput(Guid MeetingId);
