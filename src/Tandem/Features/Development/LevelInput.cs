namespace Tandem.Features.Development;

/// <summary>Rename a level of the competence scale or say what it looks like (HR admin).</summary>
public sealed record LevelInput(string Name, string Description);
