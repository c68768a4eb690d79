namespace Tandem.Features.Development;

/// <summary>Add a learning resource to the catalogue (HR admin).</summary>
public sealed record ResourceInput(string Title, string? Link, ResourceKind Kind, Guid CapabilityId, int TargetLevel, int? EffortHours);
