namespace Tandem.Features.Goals;

/// <summary>A comment with its author.</summary>
public sealed record CommentDetails(Guid Id, GoalCommentKind Kind, string Text, Guid AuthorId, string Author, DateTimeOffset At);
