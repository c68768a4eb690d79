namespace Tandem.Features.Development;

/// <summary>Add a development action; the next exit needs a due date and replaces the earlier one.</summary>
public sealed record ActionInput(string Text, DateOnly? DueDate = null, bool IsNextExit = false, Guid? CapabilityId = null);
