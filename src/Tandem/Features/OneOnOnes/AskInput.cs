namespace Tandem.Features.OneOnOnes;

/// <summary>Log that a coaching question was asked in a meeting.</summary>
public sealed record AskInput(string Key);
