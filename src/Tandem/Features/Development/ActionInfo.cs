namespace Tandem.Features.Development;

/// <summary>An action as the plan shows it.</summary>
public sealed record ActionInfo(Guid Id, string Text, ActionStatus Status, DateOnly? DueDate, bool IsNextExit, Guid? CapabilityId, DateTimeOffset UpdatedAt);
