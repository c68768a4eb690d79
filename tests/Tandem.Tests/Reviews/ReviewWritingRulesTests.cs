using Tandem.Features.Feedback;
using Tandem.Features.Reviews;

namespace Tandem.Tests.Reviews;

/// <summary>The recency meter and the tone-versus-rating rule of the writing assistant, on worked examples.</summary>
public sealed class ReviewWritingRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Fact]
    public void TheLastQuarter_OfAYear_StartsInOctober_AndOfAQuarter_22DaysBeforeItsEnd()
    {
        Assert.Equal(new DateOnly(2026, 10, 2), ReviewEvidence.RecentFrom(Start, End));
        Assert.Equal(new DateOnly(2026, 3, 10), ReviewEvidence.RecentFrom(Start, new DateOnly(2026, 3, 31))); // 90 days: the last 22
    }

    [Fact]
    public void Recency_CountsDatedCitationsOnly_AndLeansRecentWhenMostAreFromTheLastQuarter()
    {
        var packet = Packet(("goal", null), ("a", new DateOnly(2026, 2, 1)), ("b", new DateOnly(2026, 11, 1)), ("c", new DateOnly(2026, 12, 1)), ("d", new DateOnly(2026, 10, 2)));
        var all = Answer(packet.Items);
        var meter = RecencyMeter.Of(packet, [all], End);
        Assert.Equal((4, 3, 75, 13), (meter.Cited, meter.Recent, meter.Percent, meter.Weeks));
        Assert.True(meter.LeansRecent);

        var balanced = RecencyMeter.Of(packet, [Answer(packet.Items.Take(3))], End);
        Assert.Equal((2, 1), (balanced.Cited, balanced.Recent));
        Assert.False(balanced.LeansRecent); // fewer than three dated pieces: too few to lean anywhere
        var half = RecencyMeter.Of(packet, [Answer([packet.Items[1], packet.Items[2]]), Answer([packet.Items[1], packet.Items[4], packet.Items[0]])], End);
        Assert.Equal((3, 2), (half.Cited, half.Recent)); // the same piece cited twice counts once
        Assert.True(half.LeansRecent);
    }

    [Theory]
    [InlineData("An excellent, outstanding quarter.", 1, 5, true)]
    [InlineData("An excellent, outstanding quarter.", 3, 5, false)]
    [InlineData("An excellent, outstanding quarter.", 5, 5, false)]
    [InlineData("An excellent quarter, though the rollout failed.", 1, 5, false)]
    [InlineData("Poor planning; the rollout failed twice.", 5, 5, true)]
    [InlineData("Poor planning; the rollout failed twice.", 1, 5, false)]
    [InlineData("Poor planning; the rollout failed twice.", 4, 5, true)]
    [InlineData("Great, strong work.", 2, 5, true)]
    [InlineData("Great, strong work.", 1, 3, true)]
    [InlineData("Great, strong work.", 2, 3, false)]
    [InlineData("The greatest strongbox.", 1, 5, false)]
    public void Tone_IsFlagged_WhenItPullsAgainstTheRating(string text, double rating, int points, bool flagged)
    {
        var flag = ToneCheck.Check(text, rating, points);
        Assert.Equal(flagged, flag is not null);
        if (flag is null) return;
        Assert.Equal(WritingFlagKind.ToneVersusRating, flag.Kind);
        Assert.Equal(flag.Match, text.Substring(flag.Start, flag.Length));
        Assert.False(string.IsNullOrWhiteSpace(flag.Try));
    }

    private static EvidencePacket Packet(params (string Title, DateOnly? At)[] items) =>
        new([.. items.Select(i => new EvidenceItem(i.At is null ? CitationKind.Goal : CitationKind.Feedback, Guid.NewGuid(),
            i.At is { } at ? new DateTimeOffset(at.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : null, i.Title, null, "/"))], null, [], ReviewEvidence.RecentFrom(Start, End));

    private static ReviewAnswer Answer(IEnumerable<EvidenceItem> items) => new("s0q0", "text", null, null, [.. items.Select(i => new Citation(i.Kind, i.Id))]);
}
