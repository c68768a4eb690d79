using System.Globalization;

namespace Tandem.Features.Reviews.Pages;

/// <summary>
/// The review form as posted: text, a rating and item ratings per question key ("key:itemId" for items), and the evidence
/// each answer cites ("key|Kind:id", ticked).
/// </summary>
public sealed class ReviewForm
{
    // The form binder sets a dictionary to null when nothing of it was posted (a template without ratings, nothing cited).
    public Dictionary<string, string?> Text { get; set => field = value ?? new(StringComparer.Ordinal); } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> Rating { get; set => field = value ?? new(StringComparer.Ordinal); } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> Items { get; set => field = value ?? new(StringComparer.Ordinal); } = new(StringComparer.Ordinal);
    public Dictionary<string, string?> Cite { get; set => field = value ?? new(StringComparer.Ordinal); } = new(StringComparer.Ordinal);
    public long Version { get; set; }
    public string? Action { get; set; }

    public static string ItemKey(string question, Guid item) => $"{question}:{item}";

    public static string CiteKey(string question, CitationKind kind, Guid id) => $"{question}|{kind}:{id}";

    public bool Cites(string question, EvidenceItem item) => Cite.ContainsKey(CiteKey(question, item.Kind, item.Id));

    public void Fill(IEnumerable<ReviewAnswer> answers)
    {
        foreach (var a in answers)
        {
            Text[a.Key] = a.Text;
            Rating[a.Key] = a.Rating?.ToString(CultureInfo.InvariantCulture);
            foreach (var item in a.Items ?? []) Items[ItemKey(a.Key, item.Id)] = item.Rating.ToString(CultureInfo.InvariantCulture);
            foreach (var cite in a.Cites ?? []) Cite[CiteKey(a.Key, cite.Kind, cite.Id)] = "on";
        }
    }

    /// <summary>The answers to the sections' questions; what was left empty is left out, and what isn't a number is kept for the check to refuse.</summary>
    public List<ReviewAnswer> Answers(IReadOnlyList<ReviewSection> sections) =>
    [
        .. sections.SelectMany(s => s.Questions).Select(q =>
        {
            var items = Items.Where(i => i.Key.StartsWith(q.Key + ":", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(i.Value))
                .Select(i => new ItemRating(Guid.TryParse(i.Key[(q.Key.Length + 1)..], out var id) ? id : Guid.Empty, Number(i.Value))).ToList();
            var rating = Rating.GetValueOrDefault(q.Key);
            var cites = Cite.Keys.Where(k => k.StartsWith(q.Key + "|", StringComparison.Ordinal)).Select(k => Cited(k[(q.Key.Length + 1)..])).ToList();
            return new ReviewAnswer(q.Key, Text.GetValueOrDefault(q.Key), string.IsNullOrWhiteSpace(rating) ? null : Number(rating), items.Count > 0 ? items : null,
                cites.Count > 0 ? cites : null);
        }),
    ];

    // What isn't "Kind:id" becomes a citation of nothing, which the check refuses on the question.
    private static Citation Cited(string value)
    {
        var parts = value.Split(':', 2);
        return parts.Length == 2 && Enum.TryParse<CitationKind>(parts[0], out var kind) && Enum.IsDefined(kind) && Guid.TryParse(parts[1], out var id)
            ? new Citation(kind, id) : new Citation(CitationKind.Goal, Guid.Empty);
    }

    // Not a number: 0, which no scale has, so the check names the question.
    private static int Number(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
