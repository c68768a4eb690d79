namespace Tandem.Features.Development;

/// <summary>The level a role needs in one capability, now and in future.</summary>
public sealed record RequirementInput(Guid CapabilityId, int? RequiredNow, int? RequiredFuture);
