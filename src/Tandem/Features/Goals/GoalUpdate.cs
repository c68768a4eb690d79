namespace Tandem.Features.Goals;

/// <summary>An edit of a goal: its fields and the version the editor read.</summary>
public sealed record GoalUpdate(GoalInput Goal, long Version);
