namespace Tandem.Features.OneOnOnes;

/// <summary>Mark a next step done or not done.</summary>
public sealed record CommitmentDone(bool Done);
