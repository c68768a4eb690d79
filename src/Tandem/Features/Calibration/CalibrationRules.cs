using Tandem.Features.Reviews;

namespace Tandem.Features.Calibration;

/// <summary>The limits of calibration and how the 9-box reads a rating and a potential.</summary>
public static class CalibrationRules
{
    public const int NameMax = 120;
    public const int ReasonMax = 1000;
    public const int EvidenceMax = 500;
    /// <summary>Managers (or others) HR may invite into one session.</summary>
    public const int MaxParticipants = 50;
    /// <summary>Past cycles shown beside each person.</summary>
    public const int PastCycles = 3;

    /// <summary>Potential is judged on three points, whatever the rating scale.</summary>
    public static IReadOnlyList<string> PotentialLabels => AnswerCheck.PotentialLabels;

    /// <summary>The 9-box's performance column of a rating: the lower, middle or upper third of the scale (1, 2 or 3).</summary>
    public static int Band(int rating, int points)
    {
        if (points <= 1) return 2;
        var position = (double)(rating - 1) / (points - 1);
        return position < 1.0 / 3 - 1e-9 ? 1 : position > 2.0 / 3 + 1e-9 ? 3 : 2;
    }

    /// <summary>The ratings of a performance column, lowest first.</summary>
    public static IEnumerable<int> RatingsIn(int band, int points) => Enumerable.Range(1, points).Where(r => Band(r, points) == band);

    /// <summary>A score on the scale as the rating it proposes: rounded half up, within the scale.</summary>
    public static int? Round(double? score, int points) =>
        score is { } s && points > 0 ? Math.Clamp((int)Math.Round(s, MidpointRounding.AwayFromZero), 1, points) : null;

    /// <summary>Why a session can't change now (null: it can, in the cycle's calibration phase).</summary>
    public static string? WhyNotChange(CyclePhase phase) => phase switch
    {
        CyclePhase.Calibration => null,
        < CyclePhase.Calibration => "The cycle is not in calibration yet.",
        _ => "The cycle is past calibration: these ratings are final.",
    };

    /// <summary>The classic names of the nine boxes, by potential (row) and performance (column), each 1–3.</summary>
    public static string BoxName(int potential, int band) => (potential, band) switch
    {
        (3, 3) => "Star",
        (3, 2) => "High potential",
        (3, 1) => "Enigma",
        (2, 3) => "High performer",
        (2, 2) => "Core player",
        (2, 1) => "Inconsistent player",
        (1, 3) => "Trusted professional",
        (1, 2) => "Effective",
        _ => "Underperformer",
    };
}
