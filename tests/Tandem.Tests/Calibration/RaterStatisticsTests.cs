using Tandem.Features.Calibration;

namespace Tandem.Tests.Calibration;

/// <summary>The rater effect and leniency against worked examples with known answers, and how the 9-box reads a rating.</summary>
public sealed class RaterStatisticsTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid();

    [Fact]
    public void RaterShare_TwoRatersApart_IsTheIntraclassCorrelation()
    {
        // Means 2 and 4 around 3: MSB = 6, MSW = 1, n0 = 3, rater variance 5/3, share 5/3 / (5/3 + 1) = 0.625.
        var share = RaterStatistics.RaterShare([(A, 1), (A, 2), (A, 3), (B, 3), (B, 4), (B, 5)]);
        Assert.Equal(0.625, share!.Value, 6);
    }

    [Fact]
    public void RaterShare_UnequalGroups_NoSpreadWithin_IsAllRater()
    {
        // MSB = 16/3, MSW = 0, n0 = (6 - 20/6) = 8/3: rater variance 2 of a total 2.
        Assert.Equal(1, RaterStatistics.RaterShare([(A, 2), (A, 2), (A, 2), (A, 2), (B, 4), (B, 4)])!.Value, 6);
    }

    [Fact]
    public void RaterShare_SameSpreadForEveryRater_IsNone_AndTooLittleIsUnknown()
    {
        Assert.Equal(0, RaterStatistics.RaterShare([(A, 1), (A, 3), (B, 1), (B, 3)])!.Value, 6);
        Assert.Null(RaterStatistics.RaterShare([(A, 1), (A, 3)]));
        Assert.Null(RaterStatistics.RaterShare([(A, 2), (B, 4)]));
        Assert.Null(RaterStatistics.RaterShare([(A, 3), (A, 3), (B, 3), (B, 3)]));
    }

    [Fact]
    public void Leniency_AgainstPeers_OnAFivePointScale()
    {
        // A rates three people 5 whose peers say 3: each is half the scale above, 2 points; B rates as the peers do; C rates two.
        RatedPerson P(Guid manager, double rating, double? peer) => RatedPerson.Of(manager, rating, 5, null, peer);
        var result = RaterStatistics.Leniencies([P(A, 5, 3), P(A, 5, 3), P(A, 5, 3), P(B, 3, 3), P(B, 3, 3), P(B, 3, 3), P(C, 1, 3), P(C, 1, 3)], 5)
            .ToDictionary(l => l.ManagerId);
        Assert.Equal(2.0, result[A].Gap, 6);
        Assert.Equal(LeniencyVerdict.Lenient, result[A].Verdict);
        Assert.Equal(0, result[B].Gap, 6);
        Assert.Equal(LeniencyVerdict.InLine, result[B].Verdict);
        Assert.Equal(-2.0, result[C].Gap, 6);
        Assert.Equal(LeniencyVerdict.TooFew, result[C].Verdict);
    }

    [Fact]
    public void Leniency_AgainstOthersWithSimilarGoalScores()
    {
        // Everyone scored 0.8 on their goals. A rates 5, B rates 3: the band's mean position is 0.75, so A is 0.25 of the
        // scale above it (1 point) and B 0.25 below, each with no spread: lenient and severe.
        var people = new[] { A, A, A, B, B, B }.Select(m => RatedPerson.Of(m, m == A ? 5 : 3, 5, 0.8, null)).ToList();
        var result = RaterStatistics.Leniencies(people, 5).ToDictionary(l => l.ManagerId);
        Assert.Equal(1.0, result[A].Gap, 6);
        Assert.Equal(LeniencyVerdict.Lenient, result[A].Verdict);
        Assert.Equal(-1.0, result[B].Gap, 6);
        Assert.Equal(LeniencyVerdict.Severe, result[B].Verdict);
    }

    [Fact]
    public void Leniency_ASmallGapOrAWideRange_IsInLine()
    {
        // A's gaps +0.5, +0.5, -0.5 positions: mean +1/6 with a 95 % range that spans zero.
        RatedPerson P(double rating) => RatedPerson.Of(A, rating, 5, null, 3);
        var spread = RaterStatistics.Leniencies([P(5), P(5), P(1)], 5).Single();
        Assert.True(spread.Low < 0 && spread.High > 0);
        Assert.Equal(LeniencyVerdict.InLine, spread.Verdict);
        // Sure, but small: 0.2 points on every one of many people.
        var small = RaterStatistics.Leniencies([.. Enumerable.Range(0, 20).Select(_ => RatedPerson.Of(B, 3.2, 5, null, 3))], 5).Single();
        Assert.Equal(0.2, small.Gap, 6);
        Assert.Equal(LeniencyVerdict.InLine, small.Verdict);
    }

    [Theory]
    [InlineData(5, new[] { 1, 1, 2, 3, 3 })]
    [InlineData(4, new[] { 1, 2, 2, 3 })]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(7, new[] { 1, 1, 2, 2, 2, 3, 3 })]
    public void Band_IsTheThirdOfTheScale(int points, int[] bands)
    {
        Assert.Equal(bands, Enumerable.Range(1, points).Select(r => CalibrationRules.Band(r, points)));
        Assert.Equal(Enumerable.Range(1, points), Enumerable.Range(1, 3).SelectMany(b => CalibrationRules.RatingsIn(b, points)));
    }

    [Theory]
    [InlineData(3.5, 5, 4)]
    [InlineData(2.49, 5, 2)]
    [InlineData(0.2, 5, 1)]
    [InlineData(7.0, 5, 5)]
    [InlineData(null, 5, null)]
    [InlineData(3.0, 0, null)]
    public void Round_IsHalfUp_WithinTheScale(double? score, int points, int? rating) => Assert.Equal(rating, CalibrationRules.Round(score, points));
}
