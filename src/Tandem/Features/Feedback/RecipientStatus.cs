using Tandem.Features.People;

namespace Tandem.Features.Feedback;

/// <summary>Someone asked, and when they answered (null: not yet).</summary>
public sealed record RecipientStatus(PersonRef Person, DateTimeOffset? AnsweredAt);
