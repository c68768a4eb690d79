using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;
using Tandem.Features.Reviews;
using Tandem.Security;

namespace Tandem.Features.Calibration;

/// <summary>
/// What calibration shows: the sessions one reads, a session's board (its people only, to HR and the invited
/// participants), one person's entry, and a whole cycle's fairness for HR.
/// </summary>
public sealed class CalibrationQueries(TandemDb db, CurrentUser me, CalibrationAccess access)
{
    /// <summary>The newest changes a board lists.</summary>
    public const int ChangesShown = 50;

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
            .Join(db.ReviewCycles, s => s.CycleId, c => c.Id, (s, c) => new { Session = s, c.Name, c.Phase, c.PeriodStart, c.PeriodEnd })
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;
        var session = found.Session;
        var points = session.Scale.Count;
        // Nobody reads their own entry, not even a participant or an HR admin who is in the group: the counts, charts and
        // fairness figures leave it out too, so it can't be worked out from the rest.
        var rows = await db.CalibrationEntries.AsNoTracking().Where(e => e.SessionId == id && e.PersonId != me.PersonId).Select(e => new
        {
            Entry = e,
            Name = db.People.Where(p => p.Id == e.PersonId).Select(p => p.Name).First(),
            Department = db.People.Where(p => p.Id == e.PersonId).Select(p => p.Department!.Name).FirstOrDefault(),
            Manager = db.People.Where(p => p.Id == e.ManagerId).Select(p => p.Name).FirstOrDefault(),
        }).ToListAsync(ct);
        rows = [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture)];
        var personIds = rows.Select(r => r.Entry.PersonId).ToList();
        var past = await PastAsync(personIds, found.PeriodStart, ct);
        var people = rows.Select(r => new BoardPerson(r.Entry.Id, r.Entry.PersonId, r.Name, r.Department, r.Entry.ManagerId, r.Manager, r.Entry.ProposedScore,
            r.Entry.ProposedRating, r.Entry.Rating, r.Entry.ProposedPotential, r.Entry.Potential, past[r.Entry.PersonId].ToList(), r.Entry.Version)).ToList();

        var fairness = await FairnessAsync(session.CycleId, found.PeriodStart, found.PeriodEnd, [.. rows.Select(r => r.Entry)], points, ct);
        var changes = await db.CalibrationChanges.AsNoTracking().Where(c => c.SessionId == id).OrderByDescending(c => c.At).Take(ChangesShown)
            .Select(c => new
            {
                c.At, c.PersonId, c.Field, c.From, c.To, c.Reason, c.Evidence,
                By = db.People.Where(p => p.Id == c.ById).Select(p => p.Name).First(),
                Person = db.People.Where(p => p.Id == c.PersonId).Select(p => p.Name).First(),
            }).ToListAsync(ct);
        var participants = await db.CalibrationParticipants.AsNoTracking().Where(p => p.SessionId == id)
            .Join(db.People, p => p.PersonId, p => p.Id, (_, p) => p.Name).ToListAsync(ct);
        var why = CalibrationRules.WhyNotChange(found.Phase);
        return new SessionBoard(session.Id, session.CycleId, found.Name, found.Phase, session.Name, await GroupWordsAsync(session.Group, ct), session.Scale,
            session.Guideline.Shares, why is null, why, [.. participants.Order(StringComparer.CurrentCulture)], people,
            Distribution.Of(people.Select(p => p.ProposedRating), points), Distribution.Of(people.Select(p => p.Rating), points), fairness,
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
        var fairness = await FairnessAsync(cycleId, cycle.PeriodStart, cycle.PeriodEnd, entries, points, ct, scales: proposals.ToDictionary(p => p.ParticipantId, p => scales.GetValueOrDefault(p.TemplateId)));
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

    // Leniency against the same people's goal scores and peer reviews, and the rater effect before and after.
    private async Task<Fairness> FairnessAsync(Guid cycleId, DateOnly start, DateOnly end, List<CalibrationEntry> entries, int points, CancellationToken ct,
        Dictionary<Guid, int>? scales = null)
    {
        var rated = entries.Where(e => e.ManagerId is not null && e.ProposedScore is not null).ToList();
        if (rated.Count == 0) return new Fairness(null, null, []);
        int PointsOf(CalibrationEntry e) => scales?.GetValueOrDefault(e.ParticipantId) ?? points;
        // A session names its people; a whole cycle reads them from its participants in the database, not as 100,000 ids sent along.
        var wholeCycle = scales is not null;
        var personIds = rated.Select(e => e.PersonId).ToList();
        var participantIds = rated.Select(e => e.ParticipantId).ToList();
        var people = wholeCycle ? db.ReviewParticipants.Where(p => p.CycleId == cycleId).Select(p => p.PersonId) : db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id);
        // Each person's goals of the period, scored (or their progress until scored).
        var goals = await db.Goals.AsNoTracking()
            .Where(g => g.OwnerType == GoalOwnerType.Person && g.OwnerPersonId != null && people.Contains(g.OwnerPersonId.Value) && g.Status != GoalStatus.Dropped
                && ((g.Period != null && g.Period.Start <= end && g.Period.End >= start) || (g.Period == null && g.DueDate >= start && g.DueDate <= end)))
            .GroupBy(g => g.OwnerPersonId!.Value).Select(g => new { Person = g.Key, Score = g.Average(x => x.Score ?? x.Progress) })
            .ToDictionaryAsync(g => g.Person, g => g.Score, ct);
        var peers = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Kind == ReviewKind.Peer && r.State == ReviewState.Submitted && r.Score != null
                && (wholeCycle || participantIds.Contains(r.ParticipantId)))
            .GroupBy(r => r.ParticipantId).Select(g => new { Participant = g.Key, Score = g.Average(r => r.Score!.Value) })
            .ToDictionaryAsync(g => g.Participant, g => g.Score, ct);
        var ratedPeople = rated.Select(e => RatedPerson.Of(e.ManagerId!.Value, e.ProposedScore!.Value, PointsOf(e),
            goals.TryGetValue(e.PersonId, out var goal) ? goal : null, peers.TryGetValue(e.ParticipantId, out var peer) ? peer : null)).ToList();
        var leniencies = RaterStatistics.Leniencies(ratedPeople, points);
        var managerIds = leniencies.Select(l => l.ManagerId).ToList();
        var names = await db.People.AsNoTracking().Where(p => managerIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        double? Share(Func<CalibrationEntry, int?> rating) => RaterStatistics.RaterShare(rated.Where(e => rating(e) is not null)
            .Select(e => (e.ManagerId!.Value, RatedPerson.PositionOf(rating(e)!.Value, PointsOf(e)))));
        return new Fairness(Share(e => e.ProposedRating), Share(e => e.Rating),
            [.. leniencies.OrderByDescending(l => Math.Abs(l.Gap)).Select(l => new ManagerLeniency(l.ManagerId, names.GetValueOrDefault(l.ManagerId, "Someone who has left"),
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
