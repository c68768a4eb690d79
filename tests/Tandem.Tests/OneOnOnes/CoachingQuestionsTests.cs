using Tandem.Features.OneOnOnes;

namespace Tandem.Tests.OneOnOnes;

/// <summary>The question bank stays open-ended and varied, and suggestions are stable per meeting.</summary>
public sealed class CoachingQuestionsTests
{
    private static readonly string[] YesNoOpeners = ["Are", "Is", "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Have", "Has", "Should"];
    private static readonly string[] OpenOpeners = ["What", "How", "Where", "Which", "When", "Tell me"];
    private static readonly HashSet<string> NothingAsked = new(StringComparer.Ordinal);

    [Fact]
    public void BuiltIn_HasAtLeastFortyQuestions_AndSixPerGroup()
    {
        Assert.True(CoachingQuestions.BuiltIn.Count >= 40, $"{CoachingQuestions.BuiltIn.Count} questions");
        foreach (var group in Enum.GetValues<QuestionGroup>())
        {
            var count = CoachingQuestions.BuiltIn.Count(q => q.Group == group);
            Assert.True(count >= 6, $"{group} has {count} questions");
        }
    }

    [Fact]
    public void BuiltIn_KeysAndTexts_AreUnique()
    {
        Assert.Equal(CoachingQuestions.BuiltIn.Count, CoachingQuestions.BuiltIn.Select(q => q.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CoachingQuestions.BuiltIn.Count, CoachingQuestions.BuiltIn.Select(q => q.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void BuiltIn_Keys_AreStableGroupPrefixedAndNumbered()
    {
        Assert.Contains(CoachingQuestions.BuiltIn, q => q.Key == "how-1" && q.Group == QuestionGroup.HowThingsAre);
        Assert.Contains(CoachingQuestions.BuiltIn, q => q.Key == "obstacles-3" && q.Group == QuestionGroup.Obstacles);
        Assert.All(CoachingQuestions.BuiltIn, q => Assert.Matches("^[a-z]+-[1-9][0-9]*$", q.Key));
        Assert.All(CoachingQuestions.BuiltIn.GroupBy(q => q.Key[..q.Key.IndexOf('-', StringComparison.Ordinal)]), g => Assert.Single(g.Select(q => q.Group).Distinct()));
    }

    [Fact]
    public void BuiltIn_Questions_AreOpenNotYesNo()
    {
        Assert.All(CoachingQuestions.BuiltIn, q =>
        {
            var firstWord = q.Text.Split(' ')[0];
            Assert.DoesNotContain(firstWord, YesNoOpeners);
            Assert.True(OpenOpeners.Any(o => q.Text.StartsWith(o + " ", StringComparison.Ordinal)), $"{q.Key} does not open with what/how/where/which/when/tell me: {q.Text}");
            Assert.True(q.Text.EndsWith('?') || q.Text.StartsWith("Tell me", StringComparison.Ordinal), $"{q.Key} is not a question: {q.Text}");
        });
    }

    [Fact]
    public void Suggest_NeverReturnsRecentlyAskedQuestions()
    {
        var asked = CoachingQuestions.BuiltIn.Where((_, i) => i % 3 != 0).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

        for (var seed = 0; seed < 200; seed++)
        {
            var suggested = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, asked, seed, 3);
            Assert.Equal(3, suggested.Count);
            Assert.DoesNotContain(suggested, q => asked.Contains(q.Key));
        }
    }

    [Fact]
    public void Suggest_PicksFromDifferentGroups()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var suggested = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, NothingAsked, seed, 4);
            Assert.Equal(4, suggested.Select(q => q.Group).Distinct().Count());
        }
    }

    [Fact]
    public void Suggest_SameSeed_GivesTheSameQuestionsWhileOtherSeedsVary()
    {
        var first = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, NothingAsked, 17);
        var again = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, NothingAsked, 17);
        var reversedBank = CoachingQuestions.BuiltIn.Reverse().ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, again);
        Assert.Equal(first, CoachingQuestions.Suggest(reversedBank, NothingAsked, 17));
        var distinctPicks = Enumerable.Range(0, 50)
            .Select(seed => string.Join(",", CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, NothingAsked, seed).Select(q => q.Key)))
            .Distinct(StringComparer.Ordinal)
            .Count();
        Assert.True(distinctPicks > 25, $"only {distinctPicks} different suggestions over 50 seeds");
    }

    [Fact]
    public void Suggest_OnlyOneGroupLeft_StillFillsTheCountFromIt()
    {
        var asked = CoachingQuestions.BuiltIn.Where(q => q.Group != QuestionGroup.Growth).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

        var suggested = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, asked, 5, 3);

        Assert.Equal(3, suggested.Count);
        Assert.All(suggested, q => Assert.Equal(QuestionGroup.Growth, q.Group));
        Assert.Equal(3, suggested.Distinct().Count());
    }

    [Fact]
    public void Suggest_FewerLeftThanCount_ReturnsWhatRemains()
    {
        var remaining = new[] { "how-2", "energy-5" };
        var asked = CoachingQuestions.BuiltIn.Select(q => q.Key).Except(remaining).ToHashSet(StringComparer.Ordinal);

        var suggested = CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, asked, 1, 5);

        Assert.Equal(remaining.Order(StringComparer.Ordinal), suggested.Select(q => q.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Suggest_EverythingAsked_ReturnsEmpty()
    {
        var asked = CoachingQuestions.BuiltIn.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(CoachingQuestions.Suggest(CoachingQuestions.BuiltIn, asked, 1));
    }
}
