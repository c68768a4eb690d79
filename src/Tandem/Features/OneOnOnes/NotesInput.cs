namespace Tandem.Features.OneOnOnes;

/// <summary>Save the shared notes. Send the version you started from: a newer one answers 409 with both versions.</summary>
public sealed record NotesInput(string? Text, long Version);
