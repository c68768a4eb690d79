namespace Tandem.Features.Development;

/// <summary>The whole framework: the competence scale, and categories with their capabilities.</summary>
public sealed record FrameworkInfo(IReadOnlyList<LevelInfo> Scale, IReadOnlyList<CategoryInfo> Categories);
