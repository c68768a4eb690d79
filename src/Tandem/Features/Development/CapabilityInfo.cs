namespace Tandem.Features.Development;

/// <summary>A capability of the framework.</summary>
public sealed record CapabilityInfo(Guid Id, Guid CategoryId, string Name, CapabilityKind Kind, string? Description);
