namespace Tandem.Features.Goals;

/// <summary>Copy a goal to every active member of a team or a department.</summary>
public sealed record AssignInput(Guid? TeamId, Guid? DepartmentId);
