using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Features.Reviews;
using Tandem.Security;

namespace Tandem.Features.Calibration;

/// <summary>
/// What calibration shows: the sessions one reads, a session's board (its people only, to HR and the invited
/// participants), one person's entry, and a whole cycle's fairness for HR.
/// </summary>
public sealed class CalibrationQueries(TandemDb db, CurrentUser me, CalibrationAccess access, IMemoryCache cache)
{
    /// <summary>The newest changes a board lists.</summary>
    public const int ChangesShown = 50;

    /// <summary>
    /// How long a board keeps what it knows of its people besides the session's own ratings — names, departments, managers,
    /// past cycles, goal scores and peer reviews — before reading them again. The ratings, potential and changes are read
    /// anew after every change of the session.
    /// </summary>
    public static readonly TimeSpan EvidenceAge = TimeSpan.FromMinutes(1);

    /// <summary>The sessions the signed-in person reads: all of a cycle's for HR, or their own; newest cycle first.</summary>
    public async Task<List<SessionSummary>> ListAsync(Guid? cycleId, CancellationToken ct)
    {
        var sessions = access.Readable().AsNoTracking();
        if (cycleId is { } id) sessions = sessions.Where(s => s.CycleId == id);
        var rows = await sessions.Join(db.ReviewCycles, s => s.CycleId, c => c.Id, (s, c) => new
        {
            s.Id, s.CycleId, Cycle = c.Name, c.Phase, c.PeriodEnd, s.Name,
            People = db.CalibrationEntries.Count(e => e.SessionId == s.Id && e.PersonId != me.PersonId),
            Changed = db.CalibrationEntries.Count(e => e.SessionId == s.Id && e.PersonId != me.PersonId && e.Rating != e.ProposedRating),
            Participants = db.CalibrationParticipants.Count(p => p.SessionId == s.Id),
        }).OrderByDescending(s => s.PeriodEnd).ThenBy(s => s.Name).ToListAsync(ct);
        return [.. rows.Select(s => new SessionSummary(s.Id, s.CycleId, s.Cycle, s.Phase, s.Name, s.People, s.Changed, s.Participants))];
    }

    public async Task<SessionBoard?> GetAsync(Guid id, CancellationToken ct)
    {
        var found = await access.Readable().AsNoTracking().Where(s => s.Id == id)
            .Join(db.ReviewCycles, s => s.CycleId, c => c.Id, (s, c) => new
            {
                Session = s, c.Name, c.Phase, c.PeriodStart, c.PeriodEnd, Changes = db.CalibrationChanges.Count(x => x.SessionId == s.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var session = found.Session;
        var evidence = await EvidenceAsync(session, found.PeriodStart, found.PeriodEnd, ct);
        // A session's ratings change only by a change, and every change is recorded: its board is kept until the next one —
        // one for the readers who are in the session themselves (each without their own entry), one for everyone else.
        var reader = evidence.People.Contains(me.PersonId) ? me.PersonId : Guid.Empty;
        var state = (await cache.GetOrCreateAsync(("calibration-board", id, found.Changes, reader), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = EvidenceAge;
            return await StateAsync(session, evidence, found.PeriodStart, found.PeriodEnd, ct);
        }))!;
        var why = CalibrationRules.WhyNotChange(found.Phase);
        return new SessionBoard(session.Id, session.CycleId, found.Name, found.Phase, session.Name, evidence.Group, session.Scale, session.Guideline.Shares,
            why is null, why, evidence.Participants, state.People, state.Proposed, state.Final, state.Fairness, state.Changes);
    }

    private sealed record BoardState(IReadOnlyList<BoardPerson> People, Distribution Proposed, Distribution Final, Fairness Fairness, IReadOnlyList<ChangeRow> Changes);

    // The session's people as they stand, the distributions, the fairness figures and the newest changes.
    private async Task<BoardState> StateAsync(CalibrationSession session, SessionEvidence evidence, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var points = session.Scale.Count;
        // Nobody reads their own entry, not even a participant or an HR admin who is in the group: the counts, charts and
        // fairness figures leave it out too, so it can't be worked out from the rest. Only what the session changes is read;
        // the rest of an entry was set with the session.
        var live = await db.CalibrationEntries.AsNoTracking().Where(e => e.SessionId == session.Id && e.PersonId != me.PersonId)
            .Select(e => new { e.Id, e.Rating, e.Potential, e.Version }).ToDictionaryAsync(e => e.Id, ct);
        if (live.Keys.Any(e => !evidence.Entries.ContainsKey(e)))
        {
            cache.Remove(EvidenceKey(session.Id));
            evidence = await EvidenceAsync(session, start, end, ct);
        }
        var entries = evidence.ByName.Where(e => live.ContainsKey(e.Id))
            .Select(e => live[e.Id] is var now ? e with { Rating = now.Rating, Potential = now.Potential, Version = now.Version } : e).ToList();
        var people = entries.Select(e => new BoardPerson(e.Id, e.PersonId, e.Name, e.Department, e.ManagerId, e.Manager, e.ProposedScore, e.ProposedRating, e.Rating,
            e.ProposedPotential, e.Potential, evidence.Past[e.PersonId].ToList(), e.Version)).ToList();
        var fairness = FairnessOf([.. entries.Select(e => e.ToEntry())], points, evidence.Goals, evidence.Peers, evidence.Managers);
        var changes = await db.CalibrationChanges.AsNoTracking().Where(c => c.SessionId == session.Id).OrderByDescending(c => c.At).Take(ChangesShown)
            .Select(c => new
            {
                c.At, c.PersonId, c.Field, c.From, c.To, c.Reason, c.Evidence,
                By = db.People.Where(p => p.Id == c.ById).Select(p => p.Name).First(),
                Person = db.People.Where(p => p.Id == c.PersonId).Select(p => p.Name).First(),
            }).ToListAsync(ct);
        return new BoardState(people, Distribution.Of(people.Select(p => p.ProposedRating), points), Distribution.Of(people.Select(p => p.Rating), points), fairness,
            [.. changes.Select(c => new ChangeRow(c.At, c.By, c.PersonId, c.Person, c.Field, Words(c.Field, c.From, session.Scale), Words(c.Field, c.To, session.Scale),
                c.Reason, c.Evidence))]);
    }

    /// <summary>One person of a session with the session's changes to them, for the change form.</summary>
    public async Task<EntryDetails?> EntryAsync(Guid sessionId, Guid entryId, CancellationToken ct)
    {
        var found = await access.Readable().AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.Name, s.Scale, Phase = db.ReviewCycles.Where(c => c.Id == s.CycleId).Select(c => c.Phase).First() })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var row = await db.CalibrationEntries.AsNoTracking().Where(e => e.Id == entryId && e.SessionId == sessionId && e.PersonId != me.PersonId).Select(e => new
        {
            Entry = e,
            Name = db.People.Where(p => p.Id == e.PersonId).Select(p => p.Name).First(),
            Department = db.People.Where(p => p.Id == e.PersonId).Select(p => p.Department!.Name).FirstOrDefault(),
            Manager = db.People.Where(p => p.Id == e.ManagerId).Select(p => p.Name).FirstOrDefault(),
        }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var e = row.Entry;
        var changes = await db.CalibrationChanges.AsNoTracking().Where(c => c.EntryId == entryId).OrderByDescending(c => c.At)
            .Select(c => new { c.At, c.Field, c.From, c.To, c.Reason, c.Evidence, By = db.People.Where(p => p.Id == c.ById).Select(p => p.Name).First() })
            .ToListAsync(ct);
        var why = CalibrationRules.WhyNotChange(found.Phase);
        return new EntryDetails(found.Id, found.Name, found.Scale, why is null, why,
            new BoardPerson(e.Id, e.PersonId, row.Name, row.Department, e.ManagerId, row.Manager, e.ProposedScore, e.ProposedRating, e.Rating, e.ProposedPotential,
                e.Potential, [], e.Version),
            [.. changes.Select(c => new ChangeRow(c.At, c.By, e.PersonId, row.Name, c.Field, Words(c.Field, c.From, found.Scale), Words(c.Field, c.To, found.Scale), c.Reason, c.Evidence))]);
    }

    /// <summary>The rater effect and every manager's leniency over a whole cycle, for HR.</summary>
    public async Task<CycleFairness?> CycleAsync(Guid cycleId, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return null;
        var cycle = await db.ReviewCycles.AsNoTracking().Where(c => c.Id == cycleId)
            .Select(c => new { c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.TemplateId }).SingleOrDefaultAsync(ct);
        if (cycle is null) return null;
        var proposals = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted && r.Score != null)
            .Join(db.ReviewParticipants, r => r.ParticipantId, p => p.Id, (r, p) => new { r.ParticipantId, p.PersonId, r.WriterId, r.Score, p.TemplateId })
            .ToListAsync(ct);
        var templateIds = proposals.Select(p => p.TemplateId).Append(cycle.TemplateId).Distinct().ToList();
        var scales = await db.ReviewTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Scale }).ToDictionaryAsync(t => t.Id, t => t.Scale.Count, ct);
        var calibrated = await db.CalibrationEntries.AsNoTracking().Where(e => e.CycleId == cycleId).Select(e => new { e.ParticipantId, e.Rating, e.Potential }).ToListAsync(ct);
        var finals = calibrated.ToDictionary(e => e.ParticipantId, e => e.Rating);
        var potentials = calibrated.ToDictionary(e => e.ParticipantId, e => e.Potential);
        var points = scales.GetValueOrDefault(cycle.TemplateId, scales.Values.DefaultIfEmpty(0).Max());
        var entries = proposals.Select(p => new CalibrationEntry
        {
            ParticipantId = p.ParticipantId, PersonId = p.PersonId, ManagerId = p.WriterId, ProposedScore = p.Score,
            ProposedRating = CalibrationRules.Round(p.Score, scales.GetValueOrDefault(p.TemplateId)),
            Rating = finals.TryGetValue(p.ParticipantId, out var final) ? final : CalibrationRules.Round(p.Score, scales.GetValueOrDefault(p.TemplateId)),
        }).ToList();
        var (goals, peers) = await GoalsAndPeersAsync(cycleId, cycle.PeriodStart, cycle.PeriodEnd, db.ReviewParticipants.Where(p => p.CycleId == cycleId).Select(p => p.PersonId),
            null, ct);
        var managerIds = entries.Where(e => e.ManagerId is not null).Select(e => e.ManagerId!.Value).Distinct().ToList();
        var managers = await db.People.AsNoTracking().Where(p => managerIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var fairness = FairnessOf(entries, points, goals, peers, managers, proposals.ToDictionary(p => p.ParticipantId, p => scales.GetValueOrDefault(p.TemplateId)));
        var threshold = Math.Max(Organizations.Organization.MinimumAnonymityThreshold,
            await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.AnonymityThreshold).SingleAsync(ct));
        return new CycleFairness(cycle.Id, cycle.Name, entries.Count, fairness, await EquityAsync(cycleId, entries, potentials, points, threshold, ct), threshold);
    }

    // The equity view over the attributes HR records, of the people rated on the cycle's own scale (HR reads it alone; the
    // reader's own entry is left out as everywhere in calibration).
    private async Task<IReadOnlyList<AttributeEquity>> EquityAsync(Guid cycleId, List<CalibrationEntry> entries, Dictionary<Guid, int?> potentials, int points,
        int threshold, CancellationToken ct)
    {
        var inCycle = db.ReviewParticipants.Where(p => p.CycleId == cycleId).Select(p => p.PersonId);
        var recorded = await db.PersonAttributes.AsNoTracking().Where(a => inCycle.Contains(a.PersonId)).Select(a => new { a.Name, a.PersonId, a.Value }).ToListAsync(ct);
        if (recorded.Count == 0) return [];
        var attributes = recorded.GroupBy(a => a.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, string>)g.ToDictionary(a => a.PersonId, a => a.Value), StringComparer.Ordinal);
        var people = entries.Where(e => e.PersonId != me.PersonId && e.Rating is { } r && r <= points)
            .Select(e => new EquityPerson(e.PersonId, e.ProposedRating, e.Rating, potentials.GetValueOrDefault(e.ParticipantId))).ToList();
        return EquityView.Of(attributes, people, points, threshold);
    }

    // What a board knows of its session besides its ratings, kept for EvidenceAge: every entry's name, department and
    // manager, up to three past cycles, goal scores of the period and peer reviews, the managers' names, the participants and the group.
    private async Task<SessionEvidence> EvidenceAsync(CalibrationSession session, DateOnly start, DateOnly end, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(EvidenceKey(session.Id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = EvidenceAge;
            var rows = await (from e in db.CalibrationEntries.AsNoTracking().Where(e => e.SessionId == session.Id)
                              join p in db.People on e.PersonId equals p.Id
                              from d in db.Departments.Where(d => d.Id == p.DepartmentId).DefaultIfEmpty()
                              from m in db.People.Where(m => m.Id == e.ManagerId).DefaultIfEmpty()
                              select new EntryFacts(e.Id, e.PersonId, e.ParticipantId, e.ManagerId, e.ProposedScore, e.ProposedRating, e.ProposedPotential, p.Name,
                                  d == null ? null : d.Name, m == null ? null : m.Name, e.Rating, e.Potential, e.Version))
                .ToListAsync(ct);
            var personIds = rows.Select(r => r.PersonId).ToList();
            var (goals, peers) = await GoalsAndPeersAsync(session.CycleId, start, end, db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id),
                [.. rows.Select(r => r.ParticipantId)], ct);
            var participants = await db.CalibrationParticipants.AsNoTracking().Where(p => p.SessionId == session.Id)
                .Join(db.People, p => p.PersonId, p => p.Id, (_, p) => p.Name).ToListAsync(ct);
            return new SessionEvidence([.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture)], rows.ToDictionary(r => r.Id), [.. personIds], await PastAsync(personIds, start, ct),
                goals, peers, rows.Where(r => r.ManagerId is not null && r.Manager is not null).DistinctBy(r => r.ManagerId).ToDictionary(r => r.ManagerId!.Value, r => r.Manager!),
                [.. participants.Order(StringComparer.CurrentCulture)], await GroupWordsAsync(session.Group, ct));
        }))!;

    private static (string, Guid) EvidenceKey(Guid sessionId) => ("calibration-evidence", sessionId);

    private sealed record SessionEvidence(IReadOnlyList<EntryFacts> ByName, IReadOnlyDictionary<Guid, EntryFacts> Entries, HashSet<Guid> People, ILookup<Guid, PastRating> Past,
        IReadOnlyDictionary<Guid, double> Goals, IReadOnlyDictionary<Guid, double> Peers, IReadOnlyDictionary<Guid, string> Managers, IReadOnlyList<string> Participants,
        string Group);

    // An entry as set up with its person's name, department and manager; its rating, potential and version as last read.
    private sealed record EntryFacts(Guid Id, Guid PersonId, Guid ParticipantId, Guid? ManagerId, double? ProposedScore, int? ProposedRating, int? ProposedPotential,
        string Name, string? Department, string? Manager, int? Rating, int? Potential, long Version)
    {
        public CalibrationEntry ToEntry() => new()
        {
            Id = Id, PersonId = PersonId, ParticipantId = ParticipantId, ManagerId = ManagerId, ProposedScore = ProposedScore, ProposedRating = ProposedRating,
            Rating = Rating, ProposedPotential = ProposedPotential, Potential = Potential, Version = Version,
        };
    }

    // Each person's goals of the period, scored (or their progress until scored), and each participant's peer reviews on
    // average: of a session's people, or (no participants named) of the whole cycle, read in the database rather than as
    // 100,000 ids sent along.
    private async Task<(IReadOnlyDictionary<Guid, double> Goals, IReadOnlyDictionary<Guid, double> Peers)> GoalsAndPeersAsync(Guid cycleId, DateOnly start, DateOnly end,
        IQueryable<Guid> people, List<Guid>? participantIds, CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking()
            .Where(g => g.OwnerType == GoalOwnerType.Person && g.OwnerPersonId != null && people.Contains(g.OwnerPersonId.Value) && g.Status != GoalStatus.Dropped
                && ((g.Period != null && g.Period.Start <= end && g.Period.End >= start) || (g.Period == null && g.DueDate >= start && g.DueDate <= end)))
            .GroupBy(g => g.OwnerPersonId!.Value).Select(g => new { Person = g.Key, Score = g.Average(x => x.Score ?? x.Progress) })
            .ToDictionaryAsync(g => g.Person, g => g.Score, ct);
        var peers = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Kind == ReviewKind.Peer && r.State == ReviewState.Submitted && r.Score != null
                && (participantIds == null || participantIds.Contains(r.ParticipantId)))
            .GroupBy(r => r.ParticipantId).Select(g => new { Participant = g.Key, Score = g.Average(r => r.Score!.Value) })
            .ToDictionaryAsync(g => g.Participant, g => g.Score, ct);
        return (goals, peers);
    }

    // Leniency against the same people's goal scores and peer reviews, and the rater effect before and after.
    private static Fairness FairnessOf(List<CalibrationEntry> entries, int points, IReadOnlyDictionary<Guid, double> goals, IReadOnlyDictionary<Guid, double> peers,
        IReadOnlyDictionary<Guid, string> managers, Dictionary<Guid, int>? scales = null)
    {
        var rated = entries.Where(e => e.ManagerId is not null && e.ProposedScore is not null).ToList();
        if (rated.Count == 0) return new Fairness(null, null, []);
        int PointsOf(CalibrationEntry e) => scales?.GetValueOrDefault(e.ParticipantId) ?? points;
        var ratedPeople = rated.Select(e => RatedPerson.Of(e.ManagerId!.Value, e.ProposedScore!.Value, PointsOf(e),
            goals.TryGetValue(e.PersonId, out var goal) ? goal : null, peers.TryGetValue(e.ParticipantId, out var peer) ? peer : null)).ToList();
        var leniencies = RaterStatistics.Leniencies(ratedPeople, points);
        double? Share(Func<CalibrationEntry, int?> rating) => RaterStatistics.RaterShare(rated.Where(e => rating(e) is not null)
            .Select(e => (e.ManagerId!.Value, RatedPerson.PositionOf(rating(e)!.Value, PointsOf(e)))));
        return new Fairness(Share(e => e.ProposedRating), Share(e => e.Rating),
            [.. leniencies.OrderByDescending(l => Math.Abs(l.Gap)).Select(l => new ManagerLeniency(l.ManagerId, managers.GetValueOrDefault(l.ManagerId, "Someone who has left"),
                l.People, l.Gap, l.Low, l.High, l.Verdict))]);
    }

    // Up to three earlier cycles per person: the calibrated rating where there was one, else the manager review's, rounded.
    private async Task<ILookup<Guid, PastRating>> PastAsync(List<Guid> personIds, DateOnly before, CancellationToken ct)
    {
        var rows = await db.ReviewParticipants.AsNoTracking()
            .Where(p => personIds.Contains(p.PersonId) && p.ReleasedAt != null)
            .Join(db.ReviewCycles.Where(c => c.PeriodEnd < before), p => p.CycleId, c => c.Id, (p, c) => new
            {
                p.PersonId, c.Name, c.PeriodEnd, p.TemplateId,
                Calibrated = db.CalibrationEntries.Where(e => e.ParticipantId == p.Id).Select(e => e.Rating).FirstOrDefault(),
                Score = db.Reviews.Where(r => r.ParticipantId == p.Id && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted).Select(r => r.Score).FirstOrDefault(),
            }).ToListAsync(ct);
        if (rows.Count == 0) return Array.Empty<PastRating>().ToLookup(_ => Guid.Empty);
        var templateIds = rows.Select(r => r.TemplateId).Distinct().ToList();
        var scales = await db.ReviewTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).Select(t => new { t.Id, t.Scale })
            .ToDictionaryAsync(t => t.Id, t => t.Scale.Count, ct);
        return rows.Select(r => (r.PersonId, r.PeriodEnd, Past: (r.Calibrated ?? CalibrationRules.Round(r.Score, scales[r.TemplateId])) is { } rating
                ? new PastRating(r.Name, r.PeriodEnd, rating, scales[r.TemplateId]) : null))
            .Where(r => r.Past is not null).GroupBy(r => r.PersonId)
            .SelectMany(g => g.OrderByDescending(r => r.PeriodEnd).Take(CalibrationRules.PastCycles).OrderBy(r => r.PeriodEnd))
            .ToLookup(r => r.PersonId, r => r.Past!);
    }

    private async Task<string> GroupWordsAsync(SessionGroup group, CancellationToken ct)
    {
        var ids = group.Ids;
        switch (group.Kind)
        {
            case GroupKind.Departments:
                var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => d.Name).ToListAsync(ct);
                return string.Join(", ", departments.Order(StringComparer.CurrentCulture));
            case GroupKind.ManagerTree:
                var manager = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Name).FirstOrDefaultAsync(ct);
                return $"Everyone below {manager ?? "a manager who has left"}";
            default:
                return ids.Count == 1 ? "1 person chosen by HR" : $"{ids.Count} people chosen by HR";
        }
    }

    /// <summary>A rating or potential in words: "4 · Exceeds", "High".</summary>
    public static string? Words(CalibrationField field, int? value, IReadOnlyList<string> scale) => value switch
    {
        null => null,
        { } v when field == CalibrationField.Potential => v >= 1 && v <= CalibrationRules.PotentialLabels.Count ? CalibrationRules.PotentialLabels[v - 1] : v.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { } v => v >= 1 && v <= scale.Count ? $"{v} · {scale[v - 1]}" : v.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

}
