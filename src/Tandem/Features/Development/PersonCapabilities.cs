namespace Tandem.Features.Development;

/// <summary>A person's capabilities against their role profile (if any).</summary>
public sealed record PersonCapabilities(Guid PersonId, string Name, RoleProfileInfo? Profile, IReadOnlyList<LevelInfo> Scale,
    IReadOnlyList<CapabilityGap> Capabilities, bool CanAssessSelf, bool CanAssessAsManager);
