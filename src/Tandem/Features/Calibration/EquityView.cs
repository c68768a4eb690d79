namespace Tandem.Features.Calibration;

/// <summary>
/// The equity view of a cycle: for each attribute HR records (e.g. gender, age band), the final rating and 9-box
/// distributions per group and the average calibration adjustment per group with a 95 % interval. A group smaller than the
/// anonymity threshold is never shown on its own: the groups below it are shown combined when together they reach it, and
/// when they don't, the next-smallest groups join them until they do (else the hidden groups could be worked out from the
/// whole cycle by subtraction). A gap in adjustments is called only when its interval leaves out zero.
/// </summary>
public static class EquityView
{
    public const string NotRecorded = "Not recorded";
    public const string Combined = "Other groups, combined";

    public static IReadOnlyList<AttributeEquity> Of(IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, string>> attributes, IReadOnlyList<EquityPerson> people,
        int points, int threshold) =>
        [.. attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Attribute(a.Key, a.Value, people, points, threshold))];

    private static AttributeEquity Attribute(string name, IReadOnlyDictionary<Guid, string> values, IReadOnlyList<EquityPerson> people, int points, int threshold)
    {
        var groups = people.GroupBy(p => values.GetValueOrDefault(p.PersonId) ?? NotRecorded, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, People: g.ToList())).OrderBy(g => g.People.Count).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var hidden = groups.Where(g => g.People.Count < threshold).ToList();
        var shown = groups.Where(g => g.People.Count >= threshold).ToList();
        // Too few hidden to show combined: the smallest shown join them, so that no hidden group is "the cycle minus the rest".
        while (hidden.Count > 0 && hidden.Sum(g => g.People.Count) < threshold && shown.Count > 0)
        {
            hidden.Add(shown[0]);
            shown.RemoveAt(0);
        }
        var result = shown.OrderByDescending(g => g.People.Count).ThenBy(g => g.Name, StringComparer.Ordinal).Select(g => (g.Name, g.People)).ToList();
        var combined = hidden.SelectMany(g => g.People).ToList();
        if (hidden.Count > 0 && combined.Count >= threshold) result.Add((Combined, combined));
        var rows = result.Select(g => Group(g.Name, g.People, people, points)).ToList();
        return new AttributeEquity(name, rows, hidden.Count, combined.Count < threshold && hidden.Count > 0);
    }

    private static EquityGroup Group(string name, List<EquityPerson> members, IReadOnlyList<EquityPerson> everyone, int points)
    {
        var final = Distribution.Of(members.Select(m => m.Final), points);
        var boxes = new int[9];
        var placed = 0;
        foreach (var m in members)
        {
            if (m.Final is not { } rating || m.Potential is not (>= 1 and <= 3) || rating < 1 || rating > points) continue;
            boxes[(m.Potential.Value - 1) * 3 + CalibrationRules.Band(rating, points) - 1]++;
            placed++;
        }
        var inGroup = members.Select(m => m.PersonId).ToHashSet();
        var mine = Adjustments(members);
        var rest = Adjustments(everyone.Where(p => !inGroup.Contains(p.PersonId)));
        var (mean, low, high) = Interval(mine);
        var gap = Gap(mine, rest);
        return new EquityGroup(name, members.Count, final, boxes, placed, mean, low, high, gap?.Difference, gap?.Low, gap?.High,
            gap is { } g && (g.Low > 0 || g.High < 0));
    }

    private static List<double> Adjustments(IEnumerable<EquityPerson> people) =>
        [.. people.Where(p => p.Proposed is not null && p.Final is not null).Select(p => (double)(p.Final!.Value - p.Proposed!.Value))];

    /// <summary>The mean with its 95 % interval (Student's t); no interval for fewer than two.</summary>
    public static (double? Mean, double? Low, double? High) Interval(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return (null, null, null);
        var mean = values.Average();
        if (values.Count < 2) return (mean, null, null);
        var half = T95(values.Count - 1) * Math.Sqrt(Variance(values, mean) / values.Count);
        return (mean, mean - half, mean + half);
    }

    /// <summary>The group's mean adjustment minus everyone else's, with a 95 % interval (Welch); none without two on each side.</summary>
    public static (double Difference, double Low, double High)? Gap(IReadOnlyList<double> group, IReadOnlyList<double> rest)
    {
        if (group.Count < 2 || rest.Count < 2) return null;
        double a = group.Average(), b = rest.Average();
        double va = Variance(group, a) / group.Count, vb = Variance(rest, b) / rest.Count;
        var se = Math.Sqrt(va + vb);
        // Welch–Satterthwaite degrees of freedom; with no spread at all, the smaller side's.
        var df = va + vb == 0 ? Math.Min(group.Count, rest.Count) - 1
            : (va + vb) * (va + vb) / (va * va / (group.Count - 1) + vb * vb / (rest.Count - 1));
        var half = T95((int)Math.Floor(df)) * se;
        return (a - b, a - b - half, a - b + half);
    }

    private static double Variance(IReadOnlyList<double> values, double mean) => values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);

    // The two-sided 95 % quantile of Student's t.
    private static readonly double[] T = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042];

    public static double T95(int df) => df < 1 ? double.PositiveInfinity : df <= T.Length ? T[df - 1] : df <= 60 ? 2.00 : df <= 120 ? 1.98 : 1.96;
}

/// <summary>One rated person of the cycle: proposed and final rating, and potential if set.</summary>
public sealed record EquityPerson(Guid PersonId, int? Proposed, int? Final, int? Potential);

/// <summary>
/// One attribute's groups. <see cref="Hidden"/> counts the groups not shown on their own; <see cref="Withheld"/> says some
/// were not shown at all (too few, even together).
/// </summary>
public sealed record AttributeEquity(string Attribute, IReadOnlyList<EquityGroup> Groups, int Hidden, bool Withheld);

/// <summary>
/// One group: its final ratings, its 9-box counts (index (potential − 1) × 3 + performance band − 1), its mean adjustment
/// (final − proposed) with a 95 % interval, and the gap to everyone else's — <see cref="ClearGap"/> when the gap's interval
/// leaves out zero.
/// </summary>
public sealed record EquityGroup(string Name, int People, Distribution Final, IReadOnlyList<int> NineBox, int Placed, double? Adjustment, double? Low, double? High,
    double? Gap, double? GapLow, double? GapHigh, bool ClearGap);
