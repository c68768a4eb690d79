using Tandem.Data;

namespace Tandem.Features.Feedback;

/// <summary>
/// Feedback one person gives another. Anonymous items carry no giver at all (<see cref="GiverId"/> is null):
/// they are counted toward the anonymity threshold through <see cref="AnonymousGiver"/> rows that hold only a
/// keyed hash, in a batch, and are shown to the receiver only once their batch is released.
/// </summary>
public sealed class FeedbackItem : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    /// <summary>Who gave it; null for anonymous feedback.</summary>
    public Guid? GiverId { get; set; }
    public Guid ReceiverId { get; set; }
    public FeedbackKind Kind { get; set; }
    public FeedbackVisibility Visibility { get; set; }
    public required string Text { get; set; }
    /// <summary>"What / so what / now what": the observed behaviour, its effect, the next step (optional).</summary>
    public string? What { get; set; }
    public string? SoWhat { get; set; }
    public string? NowWhat { get; set; }
    public Guid? GoalId { get; set; }
    /// <summary>A free-text theme this feedback is about, so recurring themes can be seen.</summary>
    public string? Theme { get; set; }
    /// <summary>The capability of the framework this feedback is about: it counts toward that capability's feedback trend in plans.</summary>
    public Guid? CapabilityId { get; set; }
    /// <summary>The request this answers, if any.</summary>
    public Guid? RequestId { get; set; }
    public bool IsAnonymous { get; set; }
    /// <summary>Anonymous items: the batch they are released in (see <see cref="AnonymousBatch"/>).</summary>
    public int? Batch { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<FeedbackValueTag> Values { get; set; } = [];
}

public enum FeedbackKind
{
    Praise,
    Constructive,
    /// <summary>A suggestion for next time.</summary>
    Feedforward,
}

public enum FeedbackVisibility
{
    /// <summary>The giver and the receiver.</summary>
    ToPerson,
    /// <summary>The giver, the receiver and the receiver's manager.</summary>
    ToPersonAndManager,
    /// <summary>Public praise: everyone in the organisation.</summary>
    Public,
}

/// <summary>A company value a feedback item is tagged with.</summary>
public sealed class FeedbackValueTag : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ItemId { get; set; }
    public Guid ValueId { get; set; }
}

/// <summary>One of the organisation's values, used to tag praise.</summary>
public sealed class CompanyValue : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
    public bool Archived { get; set; }
}

/// <summary>A reaction to public praise.</summary>
public sealed class FeedbackReaction : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ItemId { get; set; }
    public Guid PersonId { get; set; }
    public ReactionKind Kind { get; set; }
}

public enum ReactionKind
{
    Applause,
    Heart,
    Celebrate,
}

/// <summary>A request for feedback about someone (yourself, or as a manager a report) from chosen people.</summary>
public sealed class FeedbackRequest : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid RequesterId { get; set; }
    public Guid SubjectId { get; set; }
    public required string Prompts { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<FeedbackRequestRecipient> Recipients { get; set; } = [];
}

/// <summary>Someone asked in a request: whether and when they answered, and whether they were reminded.</summary>
public sealed class FeedbackRequestRecipient : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid RequestId { get; set; }
    public Guid RecipientId { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
}

/// <summary>
/// Counts distinct anonymous givers about a receiver, per batch, without saying who: the hash is an HMAC with a
/// key only the app holds; there is no link to an item and no time.
/// </summary>
public sealed class AnonymousGiver : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ReceiverId { get; set; }
    public int Batch { get; set; }
    public required string GiverHash { get; set; }
}

/// <summary>A receiver's batch of anonymous feedback: released (shown, all together) once enough people gave.</summary>
public sealed class AnonymousBatch : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ReceiverId { get; set; }
    public int Batch { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}
