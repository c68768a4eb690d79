namespace Tandem.Features.Development;

/// <summary>Add a category (HR admin).</summary>
public sealed record CategoryInput(string Name);
