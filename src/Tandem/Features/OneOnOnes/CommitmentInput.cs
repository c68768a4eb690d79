namespace Tandem.Features.OneOnOnes;

/// <summary>A next step: what, who (one of the pair), by when (default: the next meeting).</summary>
public sealed record CommitmentInput(string Text, Guid? OwnerId = null, DateOnly? DueDate = null);
