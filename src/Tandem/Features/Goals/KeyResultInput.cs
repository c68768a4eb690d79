namespace Tandem.Features.Goals;

/// <summary>A key result: a metric from start to target (either direction), or a milestone.</summary>
public sealed record KeyResultInput
{
    public string Title { get; init; } = "";
    public KeyResultKind Kind { get; init; }
    public double? Start { get; init; }
    public double? Target { get; init; }
    public string? Unit { get; init; }
    public double Weight { get; init; } = 1;
}
