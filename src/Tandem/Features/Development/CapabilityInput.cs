namespace Tandem.Features.Development;

/// <summary>Add or change a capability in a category (HR admin). Names are unique within a category.</summary>
public sealed record CapabilityInput(Guid CategoryId, string Name, CapabilityKind Kind, string? Description);
