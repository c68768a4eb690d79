using Tandem.Features.Feedback;

namespace Tandem.Features.Reviews;

/// <summary>What a writer sees of a review they write.</summary>
/// <param name="Sections">The template's sections this writer answers.</param>
/// <param name="Goals">What goal-score questions rate: the person's goals of the period that this writer may read.</param>
/// <param name="Capabilities">What competency questions rate: the capabilities of the person's role.</param>
/// <param name="SelfReview">For the manager: the person's submitted self review, to read beside their own.</param>
/// <param name="WhyNotWritable">Why it can't be changed now, when it can't.</param>
/// <param name="Evidence">The evidence packet of the period, as this writer may read it, to cite from.</param>
/// <param name="Recency">How much of what the answers cite is from the period's last quarter.</param>
public sealed record ReviewDetails(Guid Id, Guid CycleId, string Cycle, CyclePhase Phase, DateOnly PeriodStart, DateOnly PeriodEnd, ReviewKind Kind,
    Guid SubjectId, string Subject, ReviewState State, IReadOnlyList<string> Scale, IReadOnlyList<ReviewSection> Sections,
    IReadOnlyList<ReviewAnswer> Answers, IReadOnlyList<RatedItem> Goals, IReadOnlyList<RatedItem> Capabilities, DateOnly Due, bool Writable,
    string? WhyNotWritable, SubmittedReview? SelfReview, IReadOnlyList<AnswerFlags> Flags, EvidencePacket Evidence, RecencyMeter Recency, long Version);

/// <summary>A submitted review as a reader may see it; <see cref="Writer"/> is null where the writer is not named.</summary>
public sealed record SubmittedReview(ReviewKind Kind, string? Writer, IReadOnlyList<ReviewSection> Sections, IReadOnlyList<ReviewAnswer> Answers, DateTimeOffset? SubmittedAt);

/// <summary>The writing assistant's flags on one text answer.</summary>
public sealed record AnswerFlags(string Key, IReadOnlyList<WritingFlag> Flags);

/// <summary>Answers saved as a draft, or submitted; <see cref="Version"/> is the review's, against lost updates.</summary>
public sealed record AnswersInput(IReadOnlyList<ReviewAnswer> Answers, long Version);

/// <summary>A review someone has to write, on "My reviews"; <see cref="NominatePeers"/>: a self review whose writer may propose peers now.</summary>
public sealed record ReviewTask(Guid ReviewId, Guid CycleId, string Cycle, ReviewKind Kind, Guid SubjectId, string Subject, ReviewState State,
    DateOnly Due, bool Writable, bool Overdue, bool NominatePeers = false);

/// <summary>A review of mine that was released to me, or of a report of mine; <see cref="PeerReviews"/>: the cycle asks peers.</summary>
public sealed record ReceivedReview(Guid CycleId, string Cycle, Guid PersonId, string Person, DateTimeOffset? ReleasedAt, DateTimeOffset? AcknowledgedAt,
    bool PeerReviews = false);

/// <summary>"My reviews": what I have to write, what was released to me, and (managers) my reports' reviews.</summary>
public sealed record MyReviews(IReadOnlyList<ReviewTask> ToWrite, IReadOnlyList<ReceivedReview> Mine, IReadOnlyList<ReceivedReview> Team);
