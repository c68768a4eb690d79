using System.Diagnostics;
using Tandem.Features.Feedback;

namespace Tandem.Tests.Feedback;

/// <summary>The feedback writing check flags labels, anchorless vague phrases and absolutes, deterministically and quickly.</summary>
public sealed class WritingCheckTests
{
    public static TheoryData<string> AllLexicons() =>
        [nameof(WritingCheck.JudgementWords), nameof(WritingCheck.VaguePhrases), nameof(WritingCheck.CodedWords), nameof(WritingCheck.Absolutes)];

    private static IReadOnlyList<string> Lexicon(string name) => name switch
    {
        nameof(WritingCheck.JudgementWords) => WritingCheck.JudgementWords,
        nameof(WritingCheck.VaguePhrases) => WritingCheck.VaguePhrases,
        nameof(WritingCheck.CodedWords) => WritingCheck.CodedWords,
        _ => WritingCheck.Absolutes,
    };

    [Fact]
    public void Check_JudgementWord_FlagsItAsJudgingThePerson()
    {
        var flag = Assert.Single(WritingCheck.Check("Honestly, Sam has been lazy with the code reviews."));

        Assert.Equal(WritingFlagKind.JudgesThePerson, flag.Kind);
        Assert.Equal("lazy", flag.Match);
        Assert.Contains("lazy", flag.Try, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IdentityFraming_IsCaughtByTheJudgementWord()
    {
        var flag = Assert.Single(WritingCheck.Check("You are so ABRASIVE with the design team."));

        Assert.Equal(WritingFlagKind.JudgesThePerson, flag.Kind);
        Assert.Equal("ABRASIVE", flag.Match);
    }

    [Fact]
    public void Check_IdentityFramingWithAbsolute_IsCaughtByTheAbsolute()
    {
        var flag = Assert.Single(WritingCheck.Check("He is always late to planning."));

        Assert.Equal(WritingFlagKind.Absolute, flag.Kind);
        Assert.Equal("always", flag.Match);
    }

    [Fact]
    public void Check_StandaloneVaguePhrase_IsFlagged()
    {
        var flag = Assert.Single(WritingCheck.Check("Good job!"));

        Assert.Equal(WritingFlagKind.Vague, flag.Kind);
        Assert.Equal("Good job", flag.Match);
        Assert.Equal(0, flag.Start);
    }

    [Theory]
    [InlineData("Good job on the release notes you wrote on Tuesday")]
    [InlineData("Great work closing 14 tickets")]
    [InlineData("Nice work yesterday")]
    [InlineData("Well done in the quarterly planning meeting")]
    [InlineData("Great work when you handled the outage")]
    [InlineData("Nice work during the migration")]
    [InlineData("Well done this morning")]
    [InlineData("Great work, the way you rewrote the onboarding guide made it much clearer for new hires")]
    public void Check_VaguePhraseWithConcreteAnchor_IsNotFlagged(string text)
    {
        Assert.DoesNotContain(WritingCheck.Check(text), f => f.Kind == WritingFlagKind.Vague);
    }

    [Fact]
    public void Check_VaguePhraseWithAnchor_StillFlagsOtherKinds()
    {
        var flag = Assert.Single(WritingCheck.Check("Great work on Monday, but you never update the ticket."));

        Assert.Equal(WritingFlagKind.Absolute, flag.Kind);
        Assert.Equal("never", flag.Match);
    }

    [Theory]
    [InlineData("You always interrupt.", "always")]
    [InlineData("Nobody can follow your updates.", "Nobody")]
    [InlineData("This happens all the time.", "all the time")]
    [InlineData("Nobody's reading the wiki.", "Nobody")]
    public void Check_Absolute_IsFlagged(string text, string expected)
    {
        var flag = Assert.Single(WritingCheck.Check(text));

        Assert.Equal(WritingFlagKind.Absolute, flag.Kind);
        Assert.Equal(expected, flag.Match);
    }

    [Theory]
    [InlineData("We switched the grid to lazyload images.")]
    [InlineData("Nevertheless, the launch went out.")]
    [InlineData("The alwaysOn flag is set in staging.")]
    [InlineData("The page uses lazy-loading for images.")]
    [InlineData("The rudeness of the error message surprised users.")]
    [InlineData("Look at weak_ref in the cache module.")]
    public void Check_EntryInsideAnotherWord_IsNotFlagged(string text)
    {
        Assert.Empty(WritingCheck.Check(text));
    }

    [Fact]
    public void Check_MultiWordJudgement_IsOneFlagAcrossNewlines()
    {
        const string text = "Honestly, she is not a\nteam player.";

        var flag = Assert.Single(WritingCheck.Check(text));

        Assert.Equal(WritingFlagKind.JudgesThePerson, flag.Kind);
        Assert.Equal("not a\nteam player", flag.Match);
    }

    [Theory]
    [InlineData("He can be a know-it-all sometimes.", "know-it-all")]
    [InlineData("He can be a know it all sometimes.", "know it all")]
    [InlineData("They showed a negative attitude to the change.", "negative attitude")]
    public void Check_MultiWordJudgement_MatchesHyphenOrSpaceSpelling(string text, string expected)
    {
        var flag = Assert.Single(WritingCheck.Check(text));

        Assert.Equal(WritingFlagKind.JudgesThePerson, flag.Kind);
        Assert.Equal(expected, flag.Match);
    }

    [Fact]
    public void Check_OverlappingMatches_KeepsTheLongest()
    {
        var flag = Assert.Single(WritingCheck.Check("That reply was passive-aggressive."));

        Assert.Equal("passive-aggressive", flag.Match);
    }

    [Fact]
    public void Check_OverlappingAcrossKinds_KeepsTheLongest()
    {
        // "attitude problem" (vague, 16 characters) beats "bad attitude" (judgement, 12) when it is not anchored.
        var flag = Assert.Single(WritingCheck.Check("A bad attitude problem."));

        Assert.Equal(WritingFlagKind.Vague, flag.Kind);
        Assert.Equal("attitude problem", flag.Match);
    }

    [Fact]
    public void Check_OverlapWithAnchoredVaguePhrase_FallsBackToTheJudgement()
    {
        var flag = Assert.Single(WritingCheck.Check("A bad attitude problem in Tuesday's retro."));

        Assert.Equal(WritingFlagKind.JudgesThePerson, flag.Kind);
        Assert.Equal("bad attitude", flag.Match);
    }

    [Fact]
    public void Check_Negation_DoesNotSuppressTheFlag()
    {
        var flag = Assert.Single(WritingCheck.Check("I am not saying you are lazy."));

        Assert.Equal("lazy", flag.Match);
    }

    [Fact]
    public void Check_SeveralFlags_OffsetsPointAtTheMatchAndAreOrderedByStart()
    {
        // Eleven words and no anchor, so the vague phrases count too.
        const string text = "Good job, but ALWAYS sloppy, rude; nobody\nlikes it. Step up.";

        var flags = WritingCheck.Check(text);

        Assert.Equal(["Good job", "ALWAYS", "sloppy", "rude", "nobody", "Step up"], flags.Select(f => f.Match));
        Assert.All(flags, f => Assert.Equal(f.Match, text.Substring(f.Start, f.Length), ignoreCase: true));
        Assert.Equal(flags.OrderBy(f => f.Start).Select(f => f.Start), flags.Select(f => f.Start));
        Assert.Equal(
            [WritingFlagKind.Vague, WritingFlagKind.Absolute, WritingFlagKind.JudgesThePerson, WritingFlagKind.JudgesThePerson, WritingFlagKind.Absolute, WritingFlagKind.Vague],
            flags.Select(f => f.Kind));
    }

    [Fact]
    public void Check_RepeatedWord_ReportsEachOccurrenceOnce()
    {
        var flags = WritingCheck.Check("Rude in the email, rude on the call.");

        Assert.Equal([0, 19], flags.Select(f => f.Start));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_NullOrEmpty_ReturnsNoFlags(string? text)
    {
        Assert.Empty(WritingCheck.Check(text));
    }

    [Fact]
    public void Check_NeutralText_ReturnsNoFlags()
    {
        Assert.Empty(WritingCheck.Check("The migration plan you shared on Friday let us cut the cutover window to 20 minutes."));
    }

    [Fact]
    public void Check_SameText_GivesTheSameFlags()
    {
        const string text = "Great work, but you never listen and you are completely clueless about the roadmap.";

        Assert.Equal(WritingCheck.Check(text), WritingCheck.Check(text));
    }

    [Fact]
    public void Check_TenThousandCharacters_RunsQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("You are always lazy and never on time; well done, nevertheless. ", 160))[..10_000];
        WritingCheck.Check("warm up the patterns");

        var clock = Stopwatch.StartNew();
        var flags = WritingCheck.Check(text);
        clock.Stop();

        Assert.True(flags.Count > 400, $"{flags.Count} flags");
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [MemberData(nameof(AllLexicons))]
    public void Lexicon_Entries_AreLowercaseTrimmedAndUnique(string name)
    {
        var lexicon = Lexicon(name);

        Assert.All(lexicon, e =>
        {
            Assert.Equal(e.Trim(), e);
            Assert.Equal(e.ToLowerInvariant(), e);
            Assert.DoesNotContain("  ", e, StringComparison.Ordinal);
            Assert.Matches("^[a-z]+([ -][a-z]+)*$", e);
        });
        // Spaces and hyphens match each other, so "know it all" and "know-it-all" would be the same entry.
        Assert.Equal(lexicon.Count, lexicon.Select(e => e.Replace('-', ' ')).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Lexicon_Sizes_MeetTheMinimums()
    {
        Assert.True(WritingCheck.JudgementWords.Count >= 30, $"{WritingCheck.JudgementWords.Count} judgement words");
        Assert.True(WritingCheck.JudgementWords.Count(e => e.Contains(' ', StringComparison.Ordinal)) >= 3, "too few multi-word judgement entries");
        Assert.True(WritingCheck.VaguePhrases.Count >= 15, $"{WritingCheck.VaguePhrases.Count} vague phrases");
        Assert.True(WritingCheck.Absolutes.Count >= 9, $"{WritingCheck.Absolutes.Count} absolutes");
    }

    [Fact]
    public void Lexicon_Lists_DoNotShareEntries()
    {
        var all = WritingCheck.JudgementWords.Concat(WritingCheck.VaguePhrases).Concat(WritingCheck.CodedWords).Concat(WritingCheck.Absolutes)
            .Select(e => e.Replace('-', ' ')).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void JudgementWords_EachEntry_IsDetectedInANeutralSentence()
    {
        AssertEachDetected(WritingCheck.JudgementWords, WritingFlagKind.JudgesThePerson, e => $"I wrote down {e} for the record.");
    }

    [Fact]
    public void VaguePhrases_EachEntry_IsDetectedInASentenceWithoutAnchors()
    {
        AssertEachDetected(WritingCheck.VaguePhrases, WritingFlagKind.Vague, e => $"Honestly, {e}.");
    }

    [Fact]
    public void CodedWords_EachEntry_IsDetectedInANeutralSentence()
    {
        AssertEachDetected(WritingCheck.CodedWords, WritingFlagKind.Coded, e => $"I wrote down {e} for the record.");
    }

    [Theory]
    [InlineData("Maya is so bubbly in client calls.", "bubbly")]
    [InlineData("He is a digital native, so he picked up the tool fast.", "digital native")]
    [InlineData("Frank is a bit set in his ways about deploys.", "set in his ways")]
    [InlineData("Mature for her age, honestly.", "for her age")]
    public void Check_CodedWord_IsFlaggedWithAWhyAndABetterWay(string text, string match)
    {
        var flag = Assert.Single(WritingCheck.Check(text), f => f.Kind == WritingFlagKind.Coded);

        Assert.Equal(match, flag.Match);
        Assert.Contains("gender or age", flag.Why, StringComparison.Ordinal);
        Assert.Contains("For example", flag.Try, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She chaired the chairmanship committee.")]
    [InlineData("The old schoolhouse demo went well on Tuesday.")]
    [InlineData("Our new bloodwork lab integration shipped.")]
    public void Check_CodedWordInsideAnotherWord_IsNotFlagged(string text)
    {
        Assert.DoesNotContain(WritingCheck.Check(text), f => f.Kind == WritingFlagKind.Coded);
    }

    [Fact]
    public void Absolutes_EachEntry_IsDetectedInANeutralSentence()
    {
        AssertEachDetected(WritingCheck.Absolutes, WritingFlagKind.Absolute, e => $"It happens {e}, apparently.");
    }

    [Fact]
    public void Check_EveryFlag_HasAnExplanationAndASuggestion()
    {
        var all = WritingCheck.JudgementWords.Concat(WritingCheck.VaguePhrases).Concat(WritingCheck.CodedWords).Concat(WritingCheck.Absolutes);

        Assert.All(all, e =>
        {
            var flag = Assert.Single(WritingCheck.Check($"Note: {e}."));
            Assert.False(string.IsNullOrWhiteSpace(flag.Why), e);
            Assert.False(string.IsNullOrWhiteSpace(flag.Try), e);
            Assert.Contains(e, flag.Try, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void LexiconVersion_IsAtLeastOne()
    {
        Assert.True(WritingCheck.LexiconVersion >= 1);
    }

    private static void AssertEachDetected(IReadOnlyList<string> lexicon, WritingFlagKind kind, Func<string, string> sentence)
    {
        Assert.All(lexicon, e =>
        {
            var text = sentence(e);
            var flag = Assert.Single(WritingCheck.Check(text));
            Assert.Equal(kind, flag.Kind);
            Assert.Equal(e, flag.Match, ignoreCase: true);
            Assert.Equal(e, text.Substring(flag.Start, flag.Length), ignoreCase: true);
        });
    }
}
