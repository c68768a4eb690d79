namespace Tandem.Features.Development;

/// <summary>A role profile with its requirements.</summary>
public sealed record RoleProfileInfo(Guid Id, string Name, string? JobTitle, Guid? TeamId, DateOnly? FutureDate, IReadOnlyList<RequirementInput> Requirements);
