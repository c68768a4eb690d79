namespace Tandem.Features.Reviews;

/// <summary>
/// Upward reviews as an aggregate: nothing below the threshold, and nothing when this cycle's writers differ from another
/// cycle's (of the same manager) by fewer people than the threshold — comparing the two would single them out.
/// </summary>
public static class UpwardAggregate
{
    public static UpwardSummary Summarise(ReviewTemplate template, IReadOnlyList<(Guid Writer, ReviewAnswers Answers)> submitted,
        IReadOnlyList<HashSet<Guid>> otherCycles, int threshold)
    {
        var count = submitted.Count;
        if (count < threshold)
            return new UpwardSummary(0, false,
                $"Upward reviews are shown once at least {threshold} have been submitted, so that nobody can be picked out.", []);
        var writers = submitted.Select(s => s.Writer).ToHashSet();
        if (otherCycles.Any(other => other.Count >= threshold && Differ(writers, other) is var d && d > 0 && d < threshold))
            return new UpwardSummary(0, false, "Hidden: this cycle's upward reviewers differ from another cycle's by too few people to keep them anonymous.", []);
        var questions = template.Content.Sections.Where(s => s.For.HasFlag(ReviewWriters.Upward)).SelectMany(s => s.Questions).ToList();
        var scale = template.Scale.Count;
        var aggregates = questions.Select(q =>
        {
            var answers = submitted.Select(s => s.Answers.Items.FirstOrDefault(a => a.Key == q.Key)).Where(a => a is not null).Select(a => a!).ToList();
            var ratings = answers.Where(a => a.Rating is not null).Select(a => a.Rating!.Value).ToList();
            var distribution = Enumerable.Range(1, scale).Select(point => ratings.Count(r => r == point)).ToList();
            var comments = answers.Where(a => a.Text is not null).Select(a => a.Text!).Order(StringComparer.Ordinal).ToList();
            return new QuestionAggregate(q.Key, q.Text, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2), distribution, comments);
        }).ToList();
        return new UpwardSummary(count, true, null, aggregates);
    }

    private static int Differ(HashSet<Guid> a, HashSet<Guid> b) => a.Count(x => !b.Contains(x)) + b.Count(x => !a.Contains(x));
}
