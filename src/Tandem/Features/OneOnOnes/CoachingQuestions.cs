namespace Tandem.Features.OneOnOnes;

/// <summary>The built-in bank of open coaching questions and a deterministic pick of a few to suggest for a meeting.</summary>
public static class CoachingQuestions
{
    /// <summary>The built-in questions, every one open-ended, at least seven per group.</summary>
    public static IReadOnlyList<CoachingQuestion> BuiltIn { get; } = Build(
        (QuestionGroup.HowThingsAre, "how",
        [
            "What has been on your mind most since we last spoke?",
            "How would you sum up the last couple of weeks in a sentence or two?",
            "What went better than you expected recently?",
            "Which part of your work is taking more time than it deserves?",
            "Tell me about something you finished lately that you are proud of.",
            "What is one thing you would change about how this week went?",
            "How does your workload feel right now, and what is driving that?",
            "Where do you see work drifting without anyone steering it?",
        ]),
        (QuestionGroup.Obstacles, "obstacles",
        [
            "What is slowing you down the most at the moment?",
            "Which decision are you waiting on, and who holds it?",
            "Where are you stuck, and what have you tried so far?",
            "What would you take off your plate if you could?",
            "Tell me about a problem you have been working around rather than solving.",
            "What risk do you see coming that others may not have spotted yet?",
            "How could we make it easier to raise a blocker early?",
            "Which meeting or process costs you more than it gives back?",
        ]),
        (QuestionGroup.Energy, "energy",
        [
            "What kind of work has been giving you energy lately, and what has been draining it?",
            "When in the week do you do your best thinking?",
            "How sustainable does your current pace feel?",
            "What would make next week feel lighter?",
            "Tell me about a recent moment when the work absorbed you so much you lost track of time.",
            "Which task do you keep postponing, and what makes it hard to start?",
            "What helps you switch off at the end of a working day?",
            "How is the balance between deep work and interruptions for you these days?",
        ]),
        (QuestionGroup.Growth, "growth",
        [
            "What skill would you like to be noticeably better at six months from now?",
            "Which piece of upcoming work would stretch you in a good way?",
            "What have you learned recently that surprised you?",
            "Where would you like to take on more responsibility?",
            "Tell me about someone whose work you admire, and what you would borrow from them.",
            "How would you like your role to look a year from now?",
            "What feedback have you had lately that you are still turning over?",
            "Which mistake taught you the most this quarter?",
        ]),
        (QuestionGroup.Support, "support",
        [
            "What could I do differently to be more useful to you?",
            "Where would an introduction to someone help you move faster?",
            "How can I help you protect time for what matters most?",
            "What context are you missing that I might be able to share?",
            "Which of your achievements deserve a wider audience?",
            "Tell me about a situation where you would have liked more backing.",
            "What tool, training or budget would make the biggest difference for you?",
            "When is it helpful for me to step in, and when should I stay out of the way?",
        ]),
        (QuestionGroup.WorkingTogether, "together",
        [
            "How is working with the rest of the team going from where you sit?",
            "What does the team do well that we should take care not to lose?",
            "Which handoff between people or teams tends to go wrong?",
            "How do you prefer to receive feedback from me?",
            "What should we start, stop or keep doing in these 1:1s?",
            "Tell me about a recent disagreement and how it played out.",
            "Where do you think the team is unclear about priorities?",
            "How clear is it to you what I expect from you right now?",
        ]));

    /// <summary>
    /// Up to <paramref name="count"/> questions not in <paramref name="askedRecently"/> (matched by key), from
    /// different groups where possible. The same <paramref name="seed"/> gives the same pick, so a reloaded page
    /// keeps its suggestions; pass something that changes per meeting, such as its sequence number. When fewer
    /// than <paramref name="count"/> remain unasked, all of them are returned.
    /// </summary>
    public static IReadOnlyList<CoachingQuestion> Suggest(IReadOnlyList<CoachingQuestion> bank, IReadOnlySet<string> askedRecently, int seed, int count = 2)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(askedRecently);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // Key order breaks ties so the result depends on the seed alone, not on the bank's order.
        var candidates = bank
            .Where(q => !askedRecently.Contains(q.Key))
            .OrderBy(q => Mix(seed, q.Key))
            .ThenBy(q => q.Key, StringComparer.Ordinal)
            .ToList();

        var picked = new List<CoachingQuestion>(Math.Min(count, candidates.Count));
        var usedGroups = new HashSet<QuestionGroup>();
        foreach (var question in candidates)
        {
            if (picked.Count == count) break;
            if (usedGroups.Add(question.Group)) picked.Add(question);
        }
        // Fewer groups left than questions wanted: repeat groups rather than suggest too few.
        foreach (var question in candidates)
        {
            if (picked.Count == count) break;
            if (!picked.Contains(question)) picked.Add(question);
        }
        return picked;
    }

    private static CoachingQuestion[] Build(params (QuestionGroup Group, string Prefix, string[] Texts)[] groups) =>
        [.. groups.SelectMany(g => g.Texts.Select((text, i) => new CoachingQuestion($"{g.Prefix}-{i + 1}", g.Group, text)))];

    /// <summary>
    /// A stable 64-bit mix of seed and key (FNV-1a, then a SplitMix64 finaliser). string.GetHashCode is randomised
    /// per process and Random's sequence is not a documented contract, so neither would keep suggestions stable.
    /// </summary>
    private static ulong Mix(int seed, string key)
    {
        var hash = 14695981039346656037UL ^ (uint)seed;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return hash;
    }
}

/// <summary>What a coaching question is about; suggestions spread across groups so a 1:1 is not all about blockers.</summary>
public enum QuestionGroup
{
    HowThingsAre,
    Obstacles,
    Energy,
    Growth,
    Support,
    WorkingTogether,
}

/// <summary>An open question a manager can bring to a 1:1; <paramref name="Key"/> is stable so "asked recently" survives text edits.</summary>
public sealed record CoachingQuestion(string Key, QuestionGroup Group, string Text);
