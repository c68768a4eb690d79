namespace Tandem.Features.Development;

/// <summary>What a 1:1 shows of the report's plan: its open actions and whether it has stalled.</summary>
public sealed record DevelopmentFocus(Guid PersonId, IReadOnlyList<ActionInfo> OpenActions, bool Stale, bool Shared);
