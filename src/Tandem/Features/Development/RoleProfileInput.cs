namespace Tandem.Features.Development;

/// <summary>A role profile: for a job title (or a team), the levels required now and by a future date.</summary>
public sealed record RoleProfileInput(string Name, string? JobTitle, Guid? TeamId, DateOnly? FutureDate, IReadOnlyList<RequirementInput> Requirements);
