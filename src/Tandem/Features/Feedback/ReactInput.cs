namespace Tandem.Features.Feedback;

/// <summary>React to public praise (again to take it back).</summary>
public sealed record ReactInput(ReactionKind Kind);
