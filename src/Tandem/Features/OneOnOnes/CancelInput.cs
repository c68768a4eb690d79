namespace Tandem.Features.OneOnOnes;

/// <summary>Cancel a meeting, saying why. Its topics move to the next meeting.</summary>
public sealed record CancelInput(string? Reason);
