namespace Tandem.Features.Goals;

/// <summary>How many copies a bulk assignment made, and how many members already had one.</summary>
public sealed record AssignResult(int Created, int AlreadyAssigned);
