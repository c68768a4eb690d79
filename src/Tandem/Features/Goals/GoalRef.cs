namespace Tandem.Features.Goals;

/// <summary>A goal in the path from the top, or "a private goal" for one the viewer may not read.</summary>
public sealed record GoalRef(Guid? Id, string Title);
