using System.Text.RegularExpressions;
using Tandem.Http;

namespace Tandem.Features.Goals;

/// <summary>Field rules for goals and key results, shared by the forms, the API and the CSV import.</summary>
public static partial class GoalRules
{
    /// <summary>
    /// The words of a title (or of a search), as search keeps them: runs of letters and digits, lower case, each once,
    /// at most <see cref="WordMax"/> characters. "Cut build-times by 50%" has cut, build, times, by and 50.
    /// </summary>
    public static IEnumerable<string> Words(string? text) =>
        WordPattern().Matches((text ?? "").ToLowerInvariant()).Select(m => m.Value.Length > WordMax ? m.Value[..WordMax] : m.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking)]
    private static partial Regex WordPattern();

    public const int TitleMax = 200;
    /// <summary>The longest word of a title that search reads; a longer one is kept to its start.</summary>
    public const int WordMax = 40;
    public const int DescriptionMax = 4000;
    public const int CommentMax = 4000;
    public const int UnitMax = 32;
    public const double WeightMax = 100;
    public const int KeyResultsMax = 10;

    public static void CheckKeyResult(KeyResultInput kr, FieldErrors errors, string prefix = "")
    {
        errors.Require(prefix + nameof(kr.Title), kr.Title, "A key result's title", TitleMax);
        errors.Limit(prefix + nameof(kr.Unit), kr.Unit, "Unit", UnitMax);
        CheckWeight(kr.Weight, errors, prefix + nameof(kr.Weight));
        if (kr.Kind == KeyResultKind.Metric)
        {
            if (kr.Start is null || kr.Target is null)
                errors.Add(prefix + nameof(kr.Target), "A metric needs a start and a target value.");
            else if (!double.IsFinite(kr.Start.Value) || !double.IsFinite(kr.Target.Value))
                errors.Add(prefix + nameof(kr.Target), "Start and target must be numbers.");
            else if (kr.Start == kr.Target)
                errors.Add(prefix + nameof(kr.Target), "The target must differ from the start, or there is nothing to measure.");
        }
    }

    /// <summary>True when an update changes what the goal is (not its progress): what an approval covered.</summary>
    public static bool ChangesSubstance(Goal goal, GoalInput input) =>
        goal.Title != input.Title.Trim() || goal.Description != Text.Clean(input.Description)
        || goal.PeriodId != input.PeriodId || goal.DueDate != (input.PeriodId is null ? input.DueDate : null)
        || goal.Commitment != input.Commitment || goal.ParentGoalId != input.ParentGoalId || goal.Weight != input.Weight;

    public static void CheckWeight(double weight, FieldErrors errors, string field)
    {
        if (!double.IsFinite(weight) || weight <= 0 || weight > WeightMax)
            errors.Add(field, $"A weight is a number above 0 and at most {WeightMax:0}; equal weights count equally.");
    }

    /// <summary>
    /// The SMART checklist shown while writing a goal: each letter, whether it is met, and a gentle hint.
    /// Deterministic, so the same goal always gets the same advice.
    /// </summary>
    public static IReadOnlyList<SmartCheck> Smart(string? title, string? description, int keyResults, bool aligned, bool isCompanyGoal, bool timeBound)
    {
        var words = Words().Count(title ?? "");
        var vague = VagueStart().IsMatch(title ?? "") && keyResults == 0;
        return
        [
            new("S", "Specific", words >= 4 && !vague,
                "Say what will be different, e.g. “Cut checkout time to under two seconds” rather than “Improve performance”."),
            new("M", "Measurable", keyResults > 0,
                "Add a key result with a start and a target, or a milestone you can tick off."),
            new("A", "Achievable", keyResults <= 5,
                "Three to five key results keep a goal focused; mark a moonshot as a stretch goal."),
            new("R", "Relevant", aligned || isCompanyGoal,
                "Align it to a team, department or company goal, so it is clear why it matters."),
            new("T", "Time-bound", timeBound,
                "Choose a quarter or set a due date."),
        ];
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Words();

    [GeneratedRegex(@"^\s*(improve|work on|help|support|be better|do better|focus on)\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex VagueStart();
}

/// <summary>One line of the SMART checklist.</summary>
public sealed record SmartCheck(string Letter, string Name, bool Met, string Hint);
