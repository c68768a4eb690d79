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
            if (Mean(manager.Answers.Where(a => keys.Contains(a.Key))) is not { } mean) return null;
            total += mean * section.Weight!.Value;
        }
        if (selfWeight > 0)
        {
            if (self is null || Mean(self.Answers) is not { } mean) return null;
            total += mean * selfWeight;
        }
        return Math.Round(total / 100, 2);
    }

    private static double? Mean(IEnumerable<ReviewAnswer> answers)
    {
        var ratings = answers.SelectMany(a => (a.Items ?? []).Select(i => i.Rating).Concat(a.Rating is { } r ? [r] : Array.Empty<int>())).ToList();
        return ratings.Count == 0 ? null : ratings.Average();
    }
}
