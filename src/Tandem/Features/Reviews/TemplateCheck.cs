using Tandem.Http;

namespace Tandem.Features.Reviews;

/// <summary>What makes a template whole: a scale for every rated question, writers for every section, weights that add up.</summary>
public static class TemplateCheck
{
    private const ReviewWriters AnyWriter = ReviewWriters.Self | ReviewWriters.Manager | ReviewWriters.Peer | ReviewWriters.Upward;

    public static bool IsRated(QuestionKind kind) => kind is QuestionKind.Rating or QuestionKind.Competencies or QuestionKind.GoalScores;

    public static FieldErrors Errors(ReviewTemplateInput input)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", ReviewRules.NameMax);
        errors.Limit(nameof(input.Description), input.Description, "Description", ReviewRules.DescriptionMax);
        var scale = input.Scale ?? [];
        if (scale.Count == 1 || scale.Count > ReviewRules.ScaleMax)
            errors.Add(nameof(input.Scale), $"A rating scale has from {ReviewRules.ScaleMin} to {ReviewRules.ScaleMax} points, or none for a ratings-free template.");
        for (var i = 0; i < scale.Count; i++)
        {
            errors.Require($"Scale[{i}]", scale[i], "Each point's label", ReviewRules.LabelMax);
            if (scale.Take(i).Any(l => string.Equals(l?.Trim(), scale[i]?.Trim(), StringComparison.OrdinalIgnoreCase)))
                errors.Add($"Scale[{i}]", "Two points of the scale can't have the same label.");
        }

        var sections = input.Sections ?? [];
        if (sections.Count is 0 or > ReviewRules.SectionsMax) errors.Add(nameof(input.Sections), $"A template has from 1 to {ReviewRules.SectionsMax} sections.");
        var weighted = input.SelfWeight is not null || sections.Any(s => s?.Weight is not null);
        for (var i = 0; i < sections.Count; i++)
        {
            var field = $"Sections[{i}]";
            if (sections[i] is not { } section)
            {
                errors.Add(field, "A section can't be empty.");
                continue;
            }
            errors.Require($"{field}.Title", section.Title, "Section title", ReviewRules.NameMax);
            if (section.For == ReviewWriters.None || (section.For & ~AnyWriter) != ReviewWriters.None)
                errors.Add($"{field}.For", "Say who answers this section: self, manager, peers or upward.");
            var questions = section.Questions ?? [];
            if (questions.Count is 0 or > ReviewRules.QuestionsMax) errors.Add($"{field}.Questions", $"A section has from 1 to {ReviewRules.QuestionsMax} questions.");
            for (var j = 0; j < questions.Count; j++)
            {
                var q = $"{field}.Questions[{j}]";
                if (questions[j] is not { } question)
                {
                    errors.Add(q, "A question can't be empty.");
                    continue;
                }
                errors.Require($"{q}.Text", question.Text, "Question", ReviewRules.QuestionMax);
                errors.Limit($"{q}.Help", question.Help, "Help", ReviewRules.QuestionMax);
                if (!Enum.IsDefined(question.Kind)) errors.Add($"{q}.Kind", "Choose a kind of question.");
                else if (IsRated(question.Kind) && scale.Count == 0)
                    errors.Add($"{q}.Kind", "This template has no rating scale: add one, or make this a text question.");
                else if (question.Kind == QuestionKind.Potential && section.For != ReviewWriters.Manager)
                    errors.Add($"{q}.Kind", "Potential is the manager's view: ask it in a section only the manager answers.");
            }
            if (section.Weight is { } weight)
            {
                if (weight is < 0 or > 100) errors.Add($"{field}.Weight", "A weight is from 0 to 100.");
                else if (!section.For.HasFlag(ReviewWriters.Manager) || !questions.Any(x => x is not null && IsRated(x.Kind)))
                    errors.Add($"{field}.Weight", "Only a section the manager rates can carry a weight.");
            }
        }
        if (sections.Sum(s => (s?.Questions ?? []).Count(x => x?.Kind == QuestionKind.Potential)) > 1)
            errors.Add(nameof(input.Sections), "Ask about potential once in a template.");
        if (input.SelfWeight is { } self)
        {
            if (self is < 0 or > 100) errors.Add(nameof(input.SelfWeight), "A weight is from 0 to 100.");
            else if (!sections.Any(s => s is not null && s.For.HasFlag(ReviewWriters.Self) && (s.Questions ?? []).Any(x => x is not null && IsRated(x.Kind))))
                errors.Add(nameof(input.SelfWeight), "The self review rates nothing in this template, so it can't carry a weight.");
        }
        if (weighted && !errors.Any)
        {
            var total = sections.Sum(s => s.Weight ?? 0) + (input.SelfWeight ?? 0);
            if (total != 100) errors.Add(nameof(input.Sections), $"The weights add up to {total}; they must add up to 100.");
        }
        return errors;
    }
}
