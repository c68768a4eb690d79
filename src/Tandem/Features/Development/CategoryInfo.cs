namespace Tandem.Features.Development;

/// <summary>A category and its capabilities.</summary>
public sealed record CategoryInfo(Guid Id, string Name, IReadOnlyList<CapabilityInfo> Capabilities);
