namespace Tandem.Features.Goals;

/// <summary>A manager's decision on a submitted goal.</summary>
public sealed record ApprovalInput(bool Approve, string? Comment);
