namespace Tandem.Features.People;

/// <summary>A person as lists show them.</summary>
public sealed record PersonSummary(
    Guid Id,
    string Name,
    string Email,
    string? Title,
    string? Department,
    string? Team,
    Guid? ManagerId,
    string? ManagerName,
    string? Location,
    PersonStatus Status);
