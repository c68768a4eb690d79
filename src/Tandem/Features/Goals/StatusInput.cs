namespace Tandem.Features.Goals;

/// <summary>Mark a goal done or dropped, or reopen it (on track).</summary>
public sealed record StatusInput(GoalStatus Status);
