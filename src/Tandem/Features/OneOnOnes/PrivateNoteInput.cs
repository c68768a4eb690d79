namespace Tandem.Features.OneOnOnes;

/// <summary>Your private note on a meeting.</summary>
public sealed record PrivateNoteInput(string? Text);
