namespace Tandem.Features.Goals;

/// <summary>An edit of a key result's definition and the version the editor read.</summary>
public sealed record KeyResultUpdateInput(KeyResultInput KeyResult, long Version);
