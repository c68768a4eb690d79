using System.Globalization;
using System.Text.RegularExpressions;
using Tandem.Features.Feedback;

namespace Tandem.Features.Reviews;

/// <summary>
/// The writing assistant's review-only rule: text whose tone doesn't match the rating beside it — warm words with a low
/// rating, harsh ones with a high rating. A reader believes one and doubts the other, and a rating that the text
/// contradicts is hard to defend in calibration. Deterministic, explained, and never blocking.
/// </summary>
public static class ToneCheck
{
    /// <summary>Bumped whenever the word lists change.</summary>
    public const int LexiconVersion = 1;

    /// <summary>How far the warm and harsh words must outnumber each other before the tone counts as one or the other.</summary>
    public const int Lean = 2;

    /// <summary>Words of strong approval.</summary>
    public static IReadOnlyList<string> WarmWords { get; } =
    [
        "excellent", "outstanding", "exceptional", "brilliant", "fantastic", "amazing", "superb", "impressive", "impressed",
        "exceeded", "exceeds", "great", "strong", "invaluable", "wonderful", "remarkable", "a pleasure", "delighted",
        "thrilled", "top performer", "star", "rock star", "stellar", "flawless", "proud",
    ];

    /// <summary>Words of strong disapproval.</summary>
    public static IReadOnlyList<string> HarshWords { get; } =
    [
        "poor", "unacceptable", "failed", "fails", "failure", "disappointing", "disappointed", "inadequate",
        "below expectations", "subpar", "terrible", "awful", "mediocre", "lacking", "lacks", "struggled", "struggles",
        "fell short", "falls short", "not good enough", "worst", "concerning", "a problem",
    ];

    private static readonly Regex Warm = Pattern(WarmWords);
    private static readonly Regex Harsh = Pattern(HarshWords);

    /// <summary>A flag when the text leans warm and the rating is in the bottom third of the scale, or harsh and in the top third.</summary>
    public static WritingFlag? Check(string? text, double rating, int points)
    {
        if (string.IsNullOrWhiteSpace(text) || points < 2) return null;
        if (text.Length > ReviewRules.AnswerMax) text = text[..ReviewRules.AnswerMax];
        var third = Math.Ceiling(points / 3.0);
        var low = rating <= third;
        var high = rating > points - third;
        if (!low && !high) return null;
        try
        {
            var warm = Warm.Matches(text);
            var harsh = Harsh.Matches(text);
            if (low && warm.Count - harsh.Count >= Lean) return Flag(warm[0], "warm", "low", rating,
                "If the rating is right, say plainly what fell short and what would earn a higher one; if the text is right, look at the rating again.");
            if (high && harsh.Count - warm.Count >= Lean) return Flag(harsh[0], "harsh", "high", rating,
                "If the rating is right, name what made the work strong; if the concerns weigh more, look at the rating again.");
        }
        catch (RegexMatchTimeoutException)
        {
            // Advice, not a gate.
        }
        return null;
    }

    private static WritingFlag Flag(Match first, string tone, string level, double rating, string advice) =>
        new(WritingFlagKind.ToneVersusRating, first.Value, first.Index, first.Length,
            $"The words here read {tone} (“{first.Value}” and more), but the rating beside them is {level} ({rating.ToString("0.#", CultureInfo.InvariantCulture)}). A reader trusts one and doubts the other.",
            advice);

    private static Regex Pattern(IEnumerable<string> words) =>
        new($@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))})(?![\p{{L}}\p{{N}}_])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(100));
}
