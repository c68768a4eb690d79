namespace Tandem.Features.Feedback;

/// <summary>How many reacted with one kind, and whether you did.</summary>
public sealed record ReactionCount(ReactionKind Kind, int Count, bool Mine);
