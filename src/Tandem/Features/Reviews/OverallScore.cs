namespace Tandem.Features.Reviews;

/// <summary>
/// The overall score of a template with weights, on its scale: each weighted section's mean manager rating (ratings and
/// rated items alike) and the self review's mean rating, by their weights. None until every weighted part has a rating.
/// </summary>
public static class OverallScore
{
    public static double? Of(ReviewTemplate template, SubmittedReview? manager, SubmittedReview? self)
    {
        var sections = template.Content.Sections.Where(s => s.Weight is > 0).ToList();
        var selfWeight = template.Content.SelfWeight ?? 0;
        if (template.Scale.Count == 0 || (sections.Count == 0 && selfWeight == 0) || manager is null) return null;
        double total = 0;
        foreach (var section in sections)
        {
            var keys = section.Questions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
            if (Mean(AnswerCheck.Scored(template, manager.Answers).Where(a => keys.Contains(a.Key))) is not { } mean) return null;
            total += mean * section.Weight!.Value;
        }
        if (selfWeight > 0)
        {
            if (self is null || Mean(AnswerCheck.Scored(template, self.Answers)) is not { } mean) return null;
            total += mean * selfWeight;
        }
        return Math.Round(total / 100, 2);
    }

    /// <summary>
    /// One writer's ratings as one score: their weighted sections by weight when each has a rating, otherwise the mean of
    /// all their ratings; none on a ratings-free template or without a rating.
    /// </summary>
    public static double? OfWriter(ReviewTemplate template, ReviewKind kind, IReadOnlyList<ReviewAnswer> all)
    {
        if (template.Scale.Count == 0) return null;
        var answers = AnswerCheck.Scored(template, all).ToList();
        var writer = ReviewRules.Writer(kind);
        var weighted = template.Content.Sections.Where(s => s.Weight is > 0 && s.For.HasFlag(writer)).ToList();
        if (weighted.Count > 0)
        {
            var means = weighted.Select(s =>
            {
                var keys = s.Questions.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
                return (Mean: Mean(answers.Where(a => keys.Contains(a.Key))), Weight: s.Weight!.Value);
            }).ToList();
            if (means.All(m => m.Mean is not null))
                return Math.Round(means.Sum(m => m.Mean!.Value * m.Weight) / means.Sum(m => m.Weight), 2);
        }
        return Mean(answers) is { } mean ? Math.Round(mean, 2) : null;
    }

    private static double? Mean(IEnumerable<ReviewAnswer> answers)
    {
        var ratings = answers.SelectMany(a => (a.Items ?? []).Select(i => i.Rating).Concat(a.Rating is { } r ? [r] : Array.Empty<int>())).ToList();
        return ratings.Count == 0 ? null : ratings.Average();
    }
}
