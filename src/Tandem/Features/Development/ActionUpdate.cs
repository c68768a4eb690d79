namespace Tandem.Features.Development;

/// <summary>Move an action on: its status, due date, or whether it is the next exit.</summary>
public sealed record ActionUpdate(ActionStatus? Status = null, DateOnly? DueDate = null, bool? IsNextExit = null);
