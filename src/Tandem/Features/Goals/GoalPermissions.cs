namespace Tandem.Features.Goals;

/// <summary>What the viewer may do with a goal.</summary>
public sealed record GoalPermissions(bool Edit, bool CheckIn, bool Comment, bool Approve, bool ProposeChanges, bool Assign);
