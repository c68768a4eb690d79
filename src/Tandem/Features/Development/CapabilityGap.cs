namespace Tandem.Features.Development;

/// <summary>One capability for one person: both views side by side, what the role needs, and the gaps.</summary>
/// <param name="GapNow">Levels short of today's requirement; null when not assessed or not required ("not assessed" is not zero).</param>
public sealed record CapabilityGap(CapabilityInfo Capability, int? Self, string? SelfEvidence, int? Manager, string? ManagerEvidence,
    int? Current, int? RequiredNow, int? RequiredFuture, int? GapNow, int? GapFuture,
    IReadOnlyList<EvidenceLink>? SelfLinks = null, IReadOnlyList<EvidenceLink>? ManagerLinks = null);
