namespace Tandem.Features.Improvement;

/// <summary>The limits of an improvement plan.</summary>
public static class ImprovementRules
{
    public const int ExpectationsMax = 8;
    /// <summary>An expectation becomes a goal's title.</summary>
    public const int ExpectationMax = Goals.GoalRules.TitleMax;
    public const int SupportMax = 2000;
    public const int NoteMax = 2000;
    public const int CheckpointsMax = 20;
    /// <summary>A plan runs at most this many days (an extension included); most run 30 to 90.</summary>
    public const int LongestDays = 180;

    public static string Label(PlanOutcome? outcome) => outcome switch
    {
        PlanOutcome.Successful => "Successful",
        PlanOutcome.Extended => "Extended",
        PlanOutcome.Ended => "Ended",
        _ => "Running",
    };
}
