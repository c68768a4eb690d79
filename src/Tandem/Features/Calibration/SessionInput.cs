using Tandem.Features.Reviews;

namespace Tandem.Features.Calibration;

/// <summary>A new session: its name, who it calibrates, whom HR invites, and an optional guideline (percent per scale point).</summary>
public sealed record SessionInput(string? Name, GroupInput? Group, List<Guid>? ParticipantIds, bool InviteManagers = true, List<int>? Guideline = null);

public sealed record GroupInput(GroupKind Kind, List<Guid>? Ids);

/// <summary>
/// A change to one person in a session: a rating on the session's scale and/or a potential (1–3), with the reason for it
/// (required) and optionally a link to what it rests on. <see cref="Version"/> is the person's entry's, against lost updates.
/// </summary>
public sealed record MoveInput(int? Rating, int? Potential, string? Reason, string? Evidence, long Version);

/// <summary>A session in a list: HR's per cycle, a participant's own.</summary>
public sealed record SessionSummary(Guid Id, Guid CycleId, string Cycle, CyclePhase Phase, string Name, int People, int Changed, int Participants);

/// <summary>What a session shows: its people on the 9-box, the distributions before and after, the managers' leniency and its log.</summary>
public sealed record SessionBoard(Guid Id, Guid CycleId, string Cycle, CyclePhase Phase, string Name, string Group, IReadOnlyList<string> Scale,
    IReadOnlyList<int> Guideline, bool CanChange, string? WhyNotChange, IReadOnlyList<string> Participants, IReadOnlyList<BoardPerson> People,
    Distribution Proposed, Distribution Final, Fairness Fairness, IReadOnlyList<ChangeRow> Changes);

/// <summary>One person in a session: proposed and current values, and their final ratings of up to three past cycles (oldest first).</summary>
public sealed record BoardPerson(Guid EntryId, Guid PersonId, string Name, string? Department, Guid? ManagerId, string? Manager, double? ProposedScore,
    int? ProposedRating, int? Rating, int? ProposedPotential, int? Potential, IReadOnlyList<PastRating> Past, long Version)
{
    /// <summary>Calibration changed the rating (placing someone on the 9-box is not a change of their rating).</summary>
    public bool Changed => Rating != ProposedRating;
}

/// <summary>A past cycle's rating of a person: the calibrated one where there was calibration, else their manager's.</summary>
public sealed record PastRating(string Cycle, DateOnly PeriodEnd, int Rating, int Points);

/// <summary>How many people are at each point of the scale (lowest first), and how many have no rating.</summary>
public sealed record Distribution(IReadOnlyList<int> Counts, int Unrated)
{
    public int Rated => Counts.Sum();

    public static Distribution Of(IEnumerable<int?> ratings, int points)
    {
        var counts = new int[points];
        var unrated = 0;
        foreach (var rating in ratings)
        {
            if (rating is { } r && r >= 1 && r <= points) counts[r - 1]++;
            else unrated++;
        }
        return new Distribution(counts, unrated);
    }
}

/// <summary>
/// The fairness figures of a group: the rater effect (share of rating variance that belongs to the managers) before and
/// after calibration, and each manager's leniency or severity. Shown only in calibration.
/// </summary>
public sealed record Fairness(double? RaterShareBefore, double? RaterShareAfter, IReadOnlyList<ManagerLeniency> Managers);

public sealed record ManagerLeniency(Guid ManagerId, string Name, int People, double Gap, double? Low, double? High, LeniencyVerdict Verdict);

/// <summary>One recorded change, newest first.</summary>
public sealed record ChangeRow(DateTimeOffset At, string By, Guid PersonId, string Person, CalibrationField Field, string? From, string? To, string Reason, string? Evidence);

/// <summary>What a change answers with: the person's entry as it now stands.</summary>
public sealed record EntryResult(Guid EntryId, Guid PersonId, int? ProposedRating, int? Rating, int? ProposedPotential, int? Potential, long Version);

/// <summary>A whole cycle's fairness for HR: every manager who proposed ratings, with the rater effect.</summary>
public sealed record CycleFairness(Guid CycleId, string Cycle, int Rated, Fairness Fairness, IReadOnlyList<AttributeEquity> Equity, int Threshold);

/// <summary>One person of a session, for the change form: the session's scale and whether it can change, and their changes so far.</summary>
public sealed record EntryDetails(Guid SessionId, string Session, IReadOnlyList<string> Scale, bool CanChange, string? WhyNotChange, BoardPerson Person,
    IReadOnlyList<ChangeRow> Changes);
