using System.Text;
using System.Text.RegularExpressions;

namespace Tandem.Features.Feedback;

/// <summary>
/// The deterministic, explained check run while someone writes feedback: it points at labels, vague praise or criticism,
/// words coded for gender or age, and absolutes, and never blocks sending.
/// </summary>
public static partial class WritingCheck
{
    /// <summary>Bumped whenever the lexicon changes, so stored checks can say which lexicon they used.</summary>
    public const int LexiconVersion = 2; // 2: words coded for gender or age

    // A draft this long usually carries some detail even without a date or number; flagging "good job" there is nagging.
    private const int AnchorWordCount = 12;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // The text is user input of up to 10,000 characters; the patterns are linear, the timeout is a safety net.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Words and phrases that label the person rather than describe what they did.</summary>
    public static IReadOnlyList<string> JudgementWords { get; } =
    [
        "lazy",
        "abrasive",
        "arrogant",
        "bossy",
        "difficult",
        "emotional",
        "aggressive",
        "passive-aggressive",
        "sloppy",
        "careless",
        "incompetent",
        "rude",
        "negative attitude",
        "bad attitude",
        "not a team player",
        "know-it-all",
        "weak",
        "stupid",
        "idiot",
        "clueless",
        "useless",
        "hopeless",
        "immature",
        "unprofessional",
        "defensive",
        "hysterical",
        "moody",
        "shrill",
        "whiny",
        "pushy",
        "stubborn",
        "selfish",
        "condescending",
        "disrespectful",
        "unreliable",
        "disorganized",
        "disorganised",
        "toxic",
        "annoying",
        "high maintenance",
        "control freak",
        "hot-headed",
        "closed-minded",
        "too sensitive",
    ];

    /// <summary>Stock phrases of praise or criticism that say nothing the reader can repeat or fix without an example.</summary>
    public static IReadOnlyList<string> VaguePhrases { get; } =
    [
        "good job",
        "great job",
        "nice job",
        "good work",
        "great work",
        "nice work",
        "well done",
        "keep it up",
        "keep up the good work",
        "needs to improve",
        "needs improvement",
        "room for improvement",
        "be more proactive",
        "step up",
        "communication issues",
        "attitude problem",
        "take ownership",
        "more strategic",
        "go the extra mile",
        "think outside the box",
        "raise the bar",
        "level up",
        "work smarter",
        "show more leadership",
        "be more visible",
        "be more confident",
        "more initiative",
        "performance issues",
    ];

    /// <summary>
    /// Words and phrases used about some people far more than others of the same work: coded for gender ("bubbly",
    /// "feisty") or for age ("digital native", "set in their ways"). They carry a bias the writer may not intend, and
    /// they describe the person rather than the work. (Labels that are simply judgements, such as "abrasive" or
    /// "emotional", are among the judgement words.)
    /// </summary>
    public static IReadOnlyList<string> CodedWords { get; } =
    [
        "bubbly",
        "feisty",
        "sassy",
        "ditzy",
        "catty",
        "hormonal",
        "high-strung",
        "ladylike",
        "motherly",
        "fatherly",
        "nurturing",
        "man up",
        "like a girl",
        "manpower",
        "chairman",
        "digital native",
        "fresh blood",
        "new blood",
        "young blood",
        "young and hungry",
        "set in her ways",
        "set in his ways",
        "set in their ways",
        "old school",
        "over the hill",
        "past it",
        "overqualified",
        "too old",
        "too young",
        "for her age",
        "for his age",
        "for their age",
    ];

    /// <summary>Words that turn some occasions into a rule about every occasion.</summary>
    public static IReadOnlyList<string> Absolutes { get; } =
    [
        "always",
        "never",
        "every time",
        "every single time",
        "constantly",
        "continually",
        "nobody",
        "no one",
        "everyone",
        "everybody",
        "all the time",
        "at all times",
        "completely",
        "totally",
        "not once",
        "without exception",
    ];

    // Declared after the lexicon on purpose: static initialisers run in textual order.
    private static readonly Rule[] Rules =
    [
        .. JudgementWords.Select(e => new Rule(WritingFlagKind.JudgesThePerson, e, EntryPattern(e))),
        .. VaguePhrases.Select(e => new Rule(WritingFlagKind.Vague, e, EntryPattern(e))),
        .. CodedWords.Select(e => new Rule(WritingFlagKind.Coded, e, EntryPattern(e))),
        .. Absolutes.Select(e => new Rule(WritingFlagKind.Absolute, e, EntryPattern(e))),
    ];

    /// <summary>Every flag in <paramref name="text"/>, ordered by position; overlapping matches keep the longest.</summary>
    public static IReadOnlyList<WritingFlag> Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        // Feedback is at most 10,000 characters: never spend more on a longer post.
        if (text.Length > FeedbackRules.TextMax) text = text[..FeedbackRules.TextMax];

        var candidates = new List<Candidate>();
        try
        {
            var anchored = HasConcreteAnchor(text);
            foreach (var rule in Rules)
            {
                if (rule.Kind == WritingFlagKind.Vague && anchored)
                    continue;
                for (var m = rule.Pattern.Match(text); m.Success; m = m.NextMatch())
                    candidates.Add(new Candidate(rule, m.Index, m.Length));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // The check is advice, not a gate: when the machine is too busy to finish, show what was found so far.
        }

        // Longest first, so "passive-aggressive" wins over the "aggressive" inside it; position and kind break ties
        // so the same text always gets the same flags.
        var covered = new bool[text.Length];
        var flags = new List<WritingFlag>();
        foreach (var c in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start).ThenBy(c => c.Rule.Kind))
        {
            var span = covered.AsSpan(c.Start, c.Length);
            if (span.Contains(true))
                continue;
            span.Fill(true);
            flags.Add(ToFlag(c, text));
        }

        flags.Sort((a, b) => a.Start.CompareTo(b.Start));
        return flags;
    }

    private static WritingFlag ToFlag(Candidate c, string text)
    {
        var match = text.Substring(c.Start, c.Length);
        var entry = c.Rule.Entry;
        return c.Rule.Kind switch
        {
            WritingFlagKind.JudgesThePerson => new WritingFlag(c.Rule.Kind, match, c.Start, c.Length,
                $"“{entry}” sums up the person instead of describing something they did. A label is hard to act on, and it tends to make people defend themselves rather than listen.",
                $"Swap “{entry}” for what you actually saw: the task or moment, when it happened, and what it led to. For example: “The test plan arrived two days after we agreed, so QA started late.”"),
            WritingFlagKind.Vague => new WritingFlag(c.Rule.Kind, match, c.Start, c.Length,
                $"“{entry}” on its own does not say what went well or what should change, so the reader cannot repeat it or fix it.",
                $"Keep “{entry}” if you like, but add one example: what they did, when, and the difference it made. For example: “The summary you sent after Tuesday's demo got the client to sign off.”"),
            WritingFlagKind.Coded => new WritingFlag(c.Rule.Kind, match, c.Start, c.Length,
                $"“{entry}” is said of some people far more than of others doing the same work: readers tie it to gender or age, not to what was done, so it can carry a bias you did not mean.",
                $"Instead of “{entry}”, describe what they did and its effect, in words you would use for anyone in the same role. For example: “She brought the client call back to the agenda twice when it drifted.”"),
            _ => new WritingFlag(c.Rule.Kind, match, c.Start, c.Length,
                $"“{entry}” stretches a few occasions into a rule. The reader will think of the exceptions and argue with the word instead of hearing the point.",
                $"Replace “{entry}” with the occasions you mean or how often it happens, for example “in three of the last four standups” or “twice this sprint”."),
        };
    }

    // A digit, a time marker or a longer text all suggest the writer gave an example, so vague phrases are left alone.
    private static bool HasConcreteAnchor(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || TimeMarker().IsMatch(text))
            return true;
        var words = 0;
        foreach (var _ in Word().EnumerateMatches(text))
        {
            if (++words >= AnchorWordCount)
                return true;
        }

        return false;
    }

    // Whole words only: a letter, digit or underscore next to the entry makes it part of another word ("lazyload",
    // "nevertheless", "alwaysOn"), and so does a hyphen joining another word ("lazy-loading"). Inside an entry a space or
    // hyphen matches any run of whitespace or a hyphen, so "know it all" and a phrase broken across lines still match.
    private static Regex EntryPattern(string entry)
    {
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}_]|[\p{L}\p{N}_]-)");
        pattern.AppendJoin(@"(?:\s+|-)", entry.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        pattern.Append(@"(?![\p{L}\p{N}_]|-[\p{L}\p{N}_])");
        return new Regex(pattern.ToString(), Options, MatchTimeout);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", Options, matchTimeoutMilliseconds: 100)]
    private static partial Regex Word();

    // "May" is only a month after a preposition; on its own it is far more often the verb.
    [GeneratedRegex("""
        \b(?:yesterday|today|tonight|ago
        |(?:last|this|past)\s+(?:week|month|quarter|sprint|year|time|night|morning|afternoon|evening|weekend|release|iteration)
        |(?:mon|tues|wednes|thurs|fri|satur|sun)day
        |january|february|march|april|june|july|august|september|october|november|december
        |(?:in|on|since|during|until)\s+may
        |in\s+(?:the|our|your|this|that|last|today's|yesterday's)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|review|demo|standup|stand-up|call|retro|retrospective|workshop|presentation|interview|planning|session|sync|kickoff|kick-off|all-hands|offsite|one-on-one)s?
        |when\s+you
        )\b
        |\bduring\s+\p{L}
        """, Options | RegexOptions.IgnorePatternWhitespace, matchTimeoutMilliseconds: 100)]
    private static partial Regex TimeMarker();

    private sealed record Rule(WritingFlagKind Kind, string Entry, Regex Pattern);

    private readonly record struct Candidate(Rule Rule, int Start, int Length);
}

/// <summary>What a writing-check flag is about.</summary>
public enum WritingFlagKind
{
    JudgesThePerson,
    Vague,
    Absolute,
    Coded,
    /// <summary>Reviews only: the tone of the text and the rating beside it disagree.</summary>
    ToneVersusRating,
}

/// <summary>One advisory note on a feedback draft: what was matched, where, why it matters and what to try instead.</summary>
/// <param name="Kind">Which rule raised the flag.</param>
/// <param name="Match">The matched text exactly as written in the input.</param>
/// <param name="Start">Index of the matched text in the input; <paramref name="Length"/> its length.</param>
/// <param name="Why">What the problem with the wording is.</param>
/// <param name="Try">A concrete hint for rephrasing it.</param>
public sealed record WritingFlag(WritingFlagKind Kind, string Match, int Start, int Length, string Why, string Try);
