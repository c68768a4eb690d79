namespace Tandem.Features.Calibration;

/// <summary>
/// How much of a cycle's rating variance belongs to the raters rather than the people rated, and how each manager's proposed
/// ratings compare with what the evidence and peers suggest. Plain statistics, unit-tested against worked examples.
/// </summary>
public static class RaterStatistics
{
    /// <summary>
    /// The rater effect: the share of rating variance between raters, as the intraclass correlation ICC(1) of a one-way
    /// random-effects analysis of variance with unequal group sizes. Null with fewer than two raters or no spread.
    /// </summary>
    public static double? RaterShare(IEnumerable<(Guid Rater, double Rating)> ratings)
    {
        var groups = ratings.GroupBy(r => r.Rater, r => r.Rating).Select(g => g.ToList()).ToList();
        var k = groups.Count;
        var n = groups.Sum(g => g.Count);
        if (k < 2 || n <= k) return null;
        var mean = groups.SelectMany(g => g).Average();
        var between = groups.Sum(g => g.Count * Math.Pow(g.Average() - mean, 2));
        var within = groups.Sum(g => { var m = g.Average(); return g.Sum(x => Math.Pow(x - m, 2)); });
        var msb = between / (k - 1);
        var msw = within / (n - k);
        var n0 = (n - groups.Sum(g => (double)g.Count * g.Count) / n) / (k - 1);
        var raterVariance = Math.Max(0, (msb - msw) / n0);
        var total = raterVariance + msw;
        return total <= 0 ? null : raterVariance / total;
    }

    /// <summary>
    /// Each manager's leniency (positive) or severity (negative), in points of the scale: the mean gap between what they
    /// proposed and what was expected from the same people's evidence — the mean rating other people with similar goal
    /// scores got, and the person's peer reviews — with a 95 % interval. Everything is compared on a 0–1 position of the
    /// scale, so that people on different scales compare; a manager with fewer than <see cref="MinimumPeople"/> rated
    /// people gets no verdict.
    /// </summary>
    public static IReadOnlyList<Leniency> Leniencies(IReadOnlyList<RatedPerson> people, int points)
    {
        var rated = people.Where(p => p.Points > 1).ToList();
        if (rated.Count == 0) return [];
        var overall = rated.Average(p => p.Position);
        var bandMeans = rated.Where(p => p.GoalScore is not null).GroupBy(p => GoalBand(p.GoalScore!.Value))
            .ToDictionary(g => g.Key, g => g.Average(p => p.Position));
        double Expected(RatedPerson p)
        {
            var parts = new List<double>(2);
            if (p.GoalScore is { } goal && bandMeans.TryGetValue(GoalBand(goal), out var band)) parts.Add(band);
            if (p.PeerPosition is { } peer) parts.Add(peer);
            return parts.Count == 0 ? overall : parts.Average();
        }
        var scale = Math.Max(1, points - 1);
        return [.. rated.GroupBy(p => p.ManagerId).Select(g =>
        {
            var gaps = g.Select(p => p.Position - Expected(p)).ToList();
            var mean = gaps.Average();
            var spread = gaps.Count > 1 ? Math.Sqrt(gaps.Sum(x => Math.Pow(x - mean, 2)) / (gaps.Count - 1)) : 0;
            var half = gaps.Count > 1 ? 1.96 * spread / Math.Sqrt(gaps.Count) : double.PositiveInfinity;
            var verdict = gaps.Count < MinimumPeople ? LeniencyVerdict.TooFew
                : mean - half > 0 && mean * scale >= ClearGap ? LeniencyVerdict.Lenient
                : mean + half < 0 && -mean * scale >= ClearGap ? LeniencyVerdict.Severe
                : LeniencyVerdict.InLine;
            return new Leniency(g.Key, gaps.Count, Math.Round(mean * scale, 2),
                double.IsInfinity(half) ? null : Math.Round((mean - half) * scale, 2), double.IsInfinity(half) ? null : Math.Round((mean + half) * scale, 2), verdict);
        })];
    }

    /// <summary>Fewer rated people than this, and a manager's gap says nothing.</summary>
    public const int MinimumPeople = 3;

    /// <summary>A gap smaller than this many points is not called lenient or severe, however sure.</summary>
    public const double ClearGap = 0.25;

    // Goal scores (0–1) in tenths: "people with similar goal scores".
    private static int GoalBand(double score) => Math.Clamp((int)Math.Floor(score * 10), 0, 9);
}

/// <summary>One rated person: who proposed, the proposal's position on the scale (0 lowest, 1 highest), and the evidence.</summary>
public sealed record RatedPerson(Guid ManagerId, double Position, int Points, double? GoalScore, double? PeerPosition)
{
    public static RatedPerson Of(Guid managerId, double rating, int points, double? goalScore, double? peerRating) =>
        new(managerId, PositionOf(rating, points), points, goalScore, peerRating is { } peer ? PositionOf(peer, points) : null);

    /// <summary>A rating's place on its scale: 0 for the lowest point, 1 for the highest.</summary>
    public static double PositionOf(double rating, int points) => points > 1 ? (rating - 1) / (points - 1) : 0.5;
}

public sealed record Leniency(Guid ManagerId, int People, double Gap, double? Low, double? High, LeniencyVerdict Verdict);

public enum LeniencyVerdict
{
    TooFew,
    InLine,
    Lenient,
    Severe,
}
