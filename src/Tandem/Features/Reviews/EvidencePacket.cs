namespace Tandem.Features.Reviews;

/// <summary>
/// What the review period left behind about a person, as far as the signed-in person may read it: the evidence a writer
/// cites from, and what a reader can open of what was cited.
/// </summary>
/// <param name="Items">Every citable piece, newest first within each kind.</param>
/// <param name="Anonymous">Released anonymous feedback of the period, as counts only (for the person and their manager).</param>
/// <param name="Trends">"Is it working": how feedback on the capabilities the development plan works on has moved since.</param>
/// <param name="RecentFrom">The first day of the period's last quarter, which the recency meter counts from.</param>
public sealed record EvidencePacket(IReadOnlyList<EvidenceItem> Items, AnonymousTally? Anonymous, IReadOnlyList<CapabilityTrend> Trends, DateOnly RecentFrom)
{
    public EvidenceItem? Find(Citation citation) => Items.FirstOrDefault(i => i.Kind == citation.Kind && i.Id == citation.Id);

    public bool Contains(Citation citation) => Find(citation) is not null;
}

/// <summary>
/// One piece of evidence. <see cref="At"/> is when it happened; goals span the period and have none, so they don't count
/// toward the recency meter. <see cref="Link"/> opens it where the reader may read it; <see cref="Progress"/>: a goal's (0–1).
/// </summary>
public sealed record EvidenceItem(CitationKind Kind, Guid Id, DateTimeOffset? At, string Title, string? Detail, string Link, double? Progress = null);

/// <summary>Anonymous feedback received in the period, released and counted by kind.</summary>
public sealed record AnonymousTally(int Praise, int Constructive, int Feedforward)
{
    public int Total => Praise + Constructive + Feedforward;
}

/// <summary>A capability the development plan works on, and whether the feedback on it is moving.</summary>
public sealed record CapabilityTrend(Guid CapabilityId, string Capability, Development.FeedbackTrend Trend);

/// <summary>
/// The recency meter: of the evidence an answer set cites (goals aside), how much is from the period's last quarter;
/// <see cref="LeansRecent"/> when more than half of at least three pieces is.
/// </summary>
public sealed record RecencyMeter(int Cited, int Recent, DateOnly From, int Weeks)
{
    public const int Minimum = 3;

    public bool LeansRecent => Cited >= Minimum && Recent * 2 > Cited;

    public int Percent => Cited == 0 ? 0 : (int)Math.Round(100.0 * Recent / Cited);

    public static RecencyMeter Of(EvidencePacket packet, IEnumerable<ReviewAnswer> answers, DateOnly periodEnd)
    {
        var dated = answers.SelectMany(a => a.Cites ?? []).Distinct().Select(packet.Find).Where(i => i?.At is not null).ToList();
        var from = new DateTimeOffset(packet.RecentFrom.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var weeks = Math.Max(1, (int)Math.Round((periodEnd.DayNumber - packet.RecentFrom.DayNumber + 1) / 7.0));
        return new RecencyMeter(dated.Count, dated.Count(i => i!.At >= from), packet.RecentFrom, weeks);
    }
}
