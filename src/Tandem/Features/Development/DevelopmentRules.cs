namespace Tandem.Features.Development;

/// <summary>Limits and defaults of the capability framework.</summary>
public static class DevelopmentRules
{
    public const int NameMax = 100;
    public const int DescriptionMax = 1_000;
    public const int EvidenceMax = 4_000;
    public const int ActionMax = 500;
    public const int LinkMax = 500;

    /// <summary>Tandem's default competence scale: five levels, each saying what it looks like (our words).</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> DefaultScale =
    [
        ("Aware", "Knows what it is and why it matters; needs guidance to apply it."),
        ("Developing", "Applies it in familiar situations with some support; learning from feedback."),
        ("Proficient", "Applies it independently and reliably in everyday work."),
        ("Advanced", "Handles hard or new situations with it; helps others get better at it."),
        ("Expert", "Shapes how the organisation does it; recognised as a go-to person beyond the team."),
    ];
}

/// <summary>Gap arithmetic. "Not assessed" is not zero: a missing level gives no gap, not a full one.</summary>
public static class GapMath
{
    /// <summary>How many levels short of the requirement (0 when met or exceeded); null when either side is unknown.</summary>
    public static int? Gap(int? current, int? required) => current is { } c && required is { } r ? Math.Max(0, r - c) : null;

    /// <summary>The level a gap is measured from: the manager's view when there is one, else the person's own.</summary>
    public static int? Current(int? manager, int? self) => manager ?? self;
}
