namespace Tandem.Features.Audit;

/// <summary>
/// An audited action in plain words: <see cref="Label"/> on its own ("Changed roles"), or, when it was about someone
/// other than who acted, <see cref="Before"/> and <see cref="After"/> around that person's name ("Changed roles of …").
/// </summary>
public sealed record ActionWords(string Label, string? Before = null, string After = "")
{
    /// <summary>True when the words name the person the action was about.</summary>
    public bool NamesSubject(Guid? actorId, Guid? subjectId, string? subject) =>
        Before is not null && subject is not null && subjectId != actorId;

    /// <summary>The whole sentence, e.g. "Changed roles of Priya Shah", or "Signed in".</summary>
    public string Describe(Guid? actorId, Guid? subjectId, string? subject) =>
        NamesSubject(actorId, subjectId, subject) ? Before + subject + After : Label;
}
