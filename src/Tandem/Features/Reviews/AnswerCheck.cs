using Tandem.Http;

namespace Tandem.Features.Reviews;

/// <summary>Answers against the questions a writer answers: no unknown keys, ratings on the scale, required questions given (on submit).</summary>
public static class AnswerCheck
{
    /// <param name="items">For goal and competency questions, the ids this writer is offered to rate.</param>
    /// <param name="evidence">What this writer may cite: the evidence packet of the review.</param>
    public static FieldErrors Errors(IReadOnlyList<ReviewAnswer?> answers, IReadOnlyList<ReviewSection> sections, int scale,
        IReadOnlyDictionary<QuestionKind, HashSet<Guid>> items, EvidencePacket evidence, bool submit)
    {
        var errors = new FieldErrors();
        var questions = sections.SelectMany(s => s.Questions).ToDictionary(q => q.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var field = $"Answers[{i}]";
            if (answers[i] is not { } answer || answer.Key is null || !questions.TryGetValue(answer.Key, out var question))
            {
                errors.Add(field, "This answer is to no question of this review.");
                continue;
            }
            field = answer.Key;
            if (!seen.Add(answer.Key)) errors.Add(field, "This question is answered twice.");
            errors.Limit(field, answer.Text, "An answer", ReviewRules.AnswerMax);
            if (question.Kind == QuestionKind.Potential)
            {
                if (answer.Rating is < 1 or > PotentialPoints) errors.Add(field, "Choose low (1), moderate (2) or high (3).");
            }
            else if (answer.Rating is { } rating && (!TemplateCheck.IsRated(question.Kind) || rating < 1 || rating > scale))
                errors.Add(field, scale == 0 ? "This template has no ratings." : $"Choose a rating from 1 to {scale}.");
            if (answer.Items is { } ratedItems)
            {
                if (ratedItems.Count > RatedItems.Max || ratedItems.Any(r => r is null || r.Rating < 1 || r.Rating > scale) || ratedItems.GroupBy(r => r?.Id).Any(g => g.Count() > 1))
                    errors.Add(field, $"Rate each item once, from 1 to {scale}.");
                else if (!items.TryGetValue(question.Kind, out var offered) || ratedItems.Any(r => !offered.Contains(r.Id)))
                    errors.Add(field, "Rate only the goals and capabilities this review lists.");
            }
            if (answer.Cites is { Count: > ReviewRules.CitationsMax }) errors.Add(field, $"An answer can cite at most {ReviewRules.CitationsMax} pieces of evidence.");
            else if (answer.Cites is { } cites && cites.Any(c => c is null || !evidence.Contains(c)))
                errors.Add(field, "Cite only the evidence this review lists: from its period, and yours to read.");
        }
        if (submit)
        {
            // A goal or competency question with nothing to rate (no goals in the period) can't be required.
            foreach (var question in questions.Values.Where(q => q.Required && (!Itemised(q.Kind) || items.GetValueOrDefault(q.Kind) is { Count: > 0 })))
            {
                var answer = answers.FirstOrDefault(a => a?.Key == question.Key);
                var given = answer is not null && (!string.IsNullOrWhiteSpace(answer.Text) || answer.Rating is not null || answer.Items is { Count: > 0 });
                if (!given) errors.Add(question.Key, "Answer this question before submitting.");
            }
        }
        return errors;
    }

    /// <summary>Potential is judged on three points: low, moderate, high.</summary>
    public const int PotentialPoints = 3;

    public static readonly IReadOnlyList<string> PotentialLabels = ["Low", "Moderate", "High"];

    /// <summary>The answers that count toward a score: all but the potential question's.</summary>
    public static IEnumerable<ReviewAnswer> Scored(ReviewTemplate template, IEnumerable<ReviewAnswer> answers)
    {
        var potential = template.Content.Sections.SelectMany(s => s.Questions).Where(q => q.Kind == QuestionKind.Potential).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        return potential.Count == 0 ? answers : answers.Where(a => !potential.Contains(a.Key));
    }

    /// <summary>The manager's answer to the template's potential question, 1–3; none when the template doesn't ask it.</summary>
    public static int? PotentialOf(ReviewTemplate template, IEnumerable<ReviewAnswer> answers)
    {
        var key = template.Content.Sections.SelectMany(s => s.Questions).FirstOrDefault(q => q.Kind == QuestionKind.Potential)?.Key;
        return key is null ? null : answers.FirstOrDefault(a => a.Key == key)?.Rating is { } r and >= 1 and <= PotentialPoints ? r : null;
    }

    public static bool Itemised(QuestionKind kind) => kind is QuestionKind.GoalScores or QuestionKind.Competencies;

    /// <summary>The answer as stored: trimmed text, and nothing when nothing was given.</summary>
    public static ReviewAnswer? Clean(ReviewAnswer? answer)
    {
        if (answer is null) return null;
        var text = Text.Clean(answer.Text);
        var cleaned = answer with { Text = text, Items = answer.Items is { Count: > 0 } ? answer.Items : null, Cites = answer.Cites is { Count: > 0 } ? [.. answer.Cites.Distinct()] : null };
        return cleaned.Text is null && cleaned.Rating is null && cleaned.Items is null && cleaned.Cites is null ? null : cleaned;
    }
}
