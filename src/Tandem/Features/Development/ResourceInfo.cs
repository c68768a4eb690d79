namespace Tandem.Features.Development;

/// <summary>A resource recommended for one of the person's largest gaps.</summary>
public sealed record ResourceInfo(Guid Id, string Title, string? Link, ResourceKind Kind, Guid CapabilityId, string Capability, int TargetLevel, int? EffortHours);
