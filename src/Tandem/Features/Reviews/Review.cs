using Tandem.Data;

namespace Tandem.Features.Reviews;

/// <summary>
/// One review of one person in one cycle, by one writer: self, manager, peer or upward. A draft is its writer's alone;
/// once submitted others may read it as the phase and their relation allow (<see cref="ReviewAccess"/>). Upward reviews
/// are never shown one by one, only as aggregates over the anonymity threshold.
/// </summary>
public sealed class Review : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid CycleId { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid WriterId { get; set; }
    public ReviewKind Kind { get; set; }
    public ReviewState State { get; set; }
    public ReviewAnswers Answers { get; set; } = new();
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Once submitted, the review's ratings as one score on the scale (<see cref="Reviews.OverallScore.OfWriter"/>): what calibration proposes.</summary>
    public double? Score { get; set; }
    /// <summary>When its writer was reminded that it is due soon (once; see <see cref="ReviewReminders"/>).</summary>
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum ReviewKind
{
    Self,
    Manager,
    Peer,
    Upward,
}

public enum ReviewState
{
    NotStarted,
    Draft,
    Submitted,
}

/// <summary>A review's answers, stored together as JSON.</summary>
public sealed class ReviewAnswers
{
    public List<ReviewAnswer> Items { get; set; } = [];
}

/// <summary>
/// The answer to one question: text, a rating on the scale, or ratings of items (capabilities, goals); and the evidence
/// it cites, by reference.
/// </summary>
public sealed record ReviewAnswer(string Key, string? Text, int? Rating, List<ItemRating>? Items = null, List<Citation>? Cites = null);

/// <summary>A rating of one capability or goal.</summary>
public sealed record ItemRating(Guid Id, int Rating);

/// <summary>A piece of evidence an answer points to (never a copy of it).</summary>
public sealed record Citation(CitationKind Kind, Guid Id);

public enum CitationKind
{
    Goal,
    CheckIn,
    Feedback,
    Meeting,
    Commitment,
    DevelopmentAction,
    Assessment,
}
