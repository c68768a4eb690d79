namespace Tandem.Features.Development;

/// <summary>A level of the competence scale.</summary>
public sealed record LevelInfo(int Level, string Name, string Description);
