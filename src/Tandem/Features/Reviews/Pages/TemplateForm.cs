using System.Globalization;

namespace Tandem.Features.Reviews.Pages;

/// <summary>
/// The template editor's form as posted, named as the service names its fields ("Sections[0].Questions[1].Text"), so
/// each refusal lands next to its field. <see cref="Action"/> adds or removes a section or question without saving.
/// </summary>
public sealed class TemplateForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public Guid? DepartmentId { get; set; }
    /// <summary>The scale's labels, one a line, lowest first; empty for a ratings-free template.</summary>
    public string? Scale { get; set; }
    public string? SelfWeight { get; set; }
    // The form binder sets a list to null when nothing of it was posted.
    public List<SectionForm> Sections { get; set => field = value ?? []; } = [];
    public string? Action { get; set; }

    public static TemplateForm Blank() => new()
    {
        Sections = [new SectionForm { Title = "Looking back", Self = true, Manager = true, Questions = [new QuestionForm()] }],
    };

    public static TemplateForm Of(ReviewTemplateInfo t) => new()
    {
        Name = t.Name, Description = t.Description, DepartmentId = t.DepartmentId, Scale = string.Join('\n', t.Scale), SelfWeight = Number(t.SelfWeight),
        Sections =
        [
            .. t.Sections.Select(s => new SectionForm
            {
                Title = s.Title, Self = s.For.HasFlag(ReviewWriters.Self), Manager = s.For.HasFlag(ReviewWriters.Manager), Peer = s.For.HasFlag(ReviewWriters.Peer),
                Upward = s.For.HasFlag(ReviewWriters.Upward), Weight = Number(s.Weight),
                Questions = [.. s.Questions.Select(q => new QuestionForm { Kind = q.Kind.ToString(), Text = q.Text, Help = q.Help, Required = q.Required })],
            }),
        ],
    };

    public ReviewTemplateInput ToInput() => new(Name ?? "", Description, DepartmentId,
        [.. (Scale ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)],
        [.. Sections.Select(s => new ReviewSectionInput(s.Title ?? "", s.Writers, [.. s.Questions.Select(q => q.ToInput())], Weight(s.Weight)))],
        Weight(SelfWeight));

    /// <summary>Carries out an add or remove action; false when the action is to save.</summary>
    public bool Change()
    {
        var parts = (Action ?? "save").Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        bool Has(int s) => s >= 0 && s < Sections.Count;
        switch (parts[0])
        {
            case "add-section" when Sections.Count < ReviewRules.SectionsMax:
                Sections.Add(new SectionForm { Manager = true, Questions = [new QuestionForm()] });
                return true;
            case "remove-section" when Has(At(1)) && Sections.Count > 1:
                Sections.RemoveAt(At(1));
                return true;
            case "add-question" when Has(At(1)) && Sections[At(1)].Questions.Count < ReviewRules.QuestionsMax:
                Sections[At(1)].Questions.Add(new QuestionForm());
                return true;
            case "remove-question" when Has(At(1)) && At(2) >= 0 && At(2) < Sections[At(1)].Questions.Count && Sections[At(1)].Questions.Count > 1:
                Sections[At(1)].Questions.RemoveAt(At(2));
                return true;
            case "save":
                return false;
            default:
                return true; // an action that no longer applies (a limit reached): show the form as it is
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    // What isn't a whole number becomes -1, which the check refuses on the field ("from 0 to 100").
    private static int? Weight(string? value) => string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
}

public sealed class SectionForm
{
    public string? Title { get; set; }
    public bool Self { get; set; }
    public bool Manager { get; set; }
    public bool Peer { get; set; }
    public bool Upward { get; set; }
    public string? Weight { get; set; }
    public List<QuestionForm> Questions { get; set => field = value ?? []; } = [];

    public ReviewWriters Writers => (Self ? ReviewWriters.Self : ReviewWriters.None) | (Manager ? ReviewWriters.Manager : ReviewWriters.None)
        | (Peer ? ReviewWriters.Peer : ReviewWriters.None) | (Upward ? ReviewWriters.Upward : ReviewWriters.None);
}

public sealed class QuestionForm
{
    public string? Kind { get; set; } = nameof(QuestionKind.Text);
    public string? Text { get; set; }
    public string? Help { get; set; }
    public bool Required { get; set; }

    // A kind that isn't one becomes an undefined value, which the check refuses on the field.
    public ReviewQuestionInput ToInput() => new(Enum.TryParse<QuestionKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : (QuestionKind)(-1), Text ?? "", Help, Required);
}
