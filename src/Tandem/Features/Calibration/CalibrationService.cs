using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.People;
using Tandem.Features.Reviews;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Calibration;

/// <summary>
/// Calibration's changes: HR sets up a session with the proposed ratings it starts from; HR and the session's participants
/// change a person's rating or potential — with a reason, kept with who and when, in the audit log, and only while the
/// cycle is in its calibration phase.
/// </summary>
public sealed class CalibrationService(TandemDb db, CurrentUser me, Reach reach, CalibrationAccess access, AuditService audit, TimeProvider time)
{
    private const string HrOnly = "HR admins set up calibration sessions.";

    /// <summary>
    /// Sets up a session in the cycle's calibration phase: the cycle's people in the group who are in no other session, each
    /// with the rating their manager's review proposes (its score, rounded), and the invited participants.
    /// </summary>
    public async Task<Outcome<SessionSummary>> CreateAsync(Guid cycleId, SessionInput input, CancellationToken ct)
    {
        if (!me.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var cycle = await db.ReviewCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return Failure.NotFound("No such cycle.");
        if (!cycle.Calibration) return Failure.Conflict("This cycle has no calibration phase: its reviews are released as their managers wrote them.");
        if (cycle.Phase != CyclePhase.Calibration)
            return Failure.Conflict(cycle.Phase < CyclePhase.Calibration
                ? "Sessions are set up in the cycle's calibration phase, once the manager reviews are in."
                : "This cycle is past calibration: its ratings are final.");

        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", CalibrationRules.NameMax);
        var group = input.Group;
        var ids = (group?.Ids ?? []).Distinct().ToList();
        if (group is null || ids.Count == 0) errors.Add(nameof(input.Group), "Choose who the session calibrates.");
        else if (!Enum.IsDefined(group.Kind)) errors.Add(nameof(input.Group), "Choose departments, a manager's tree or people.");
        else if (group.Kind == GroupKind.ManagerTree && ids.Count != 1) errors.Add(nameof(input.Group), "Choose one manager.");
        else if (ids.Count > MaxGroupIds) errors.Add(nameof(input.Group), $"At most {MaxGroupIds} at once.");
        var invited = (input.ParticipantIds ?? []).Distinct().ToList();
        if (invited.Count > CalibrationRules.MaxParticipants) errors.Add(nameof(input.ParticipantIds), $"Invite at most {CalibrationRules.MaxParticipants} people.");
        else if (invited.Count > 0 && await db.People.CountAsync(p => invited.Contains(p.Id) && p.Status != PersonStatus.Left, ct) != invited.Count)
            errors.Add(nameof(input.ParticipantIds), "Invite people of this organisation who have not left.");
        if (errors.Any) return errors.ToFailure();

        var people = await GroupAsync(cycle, group!.Kind, ids, ct);
        if (people is null) return Failure.Invalid(nameof(input.Group), group.Kind == GroupKind.Departments ? "Choose departments of this organisation." : "Choose people of this organisation.");
        var taken = (await db.CalibrationEntries.AsNoTracking().Where(e => e.CycleId == cycleId).Select(e => e.PersonId).ToListAsync(ct)).ToHashSet();
        people.RemoveAll(p => taken.Contains(p.PersonId));
        if (people.Count == 0)
            return Failure.Invalid(nameof(input.Group), "Nobody in this group is left to calibrate: they are not in the cycle, or already in another session.");

        var templateIds = people.Select(p => p.TemplateId).Distinct().ToList();
        var templates = await db.ReviewTemplates.AsNoTracking().Where(t => templateIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var scales = templates.Values.Select(t => string.Join('\u001f', t.Scale)).Distinct(StringComparer.Ordinal).ToList();
        if (scales.Count > 1)
            return Failure.Invalid(nameof(input.Group), $"People in this group are rated on {scales.Count} different scales: set up a session per template.");
        var scale = templates.Values.First().Scale;
        if (scale.Count == 0) return Failure.Invalid(nameof(input.Group), "Their template has no ratings: a ratings-free review has nothing to calibrate.");
        var guideline = input.Guideline ?? [];
        if (guideline.Count > 0 && (guideline.Count != scale.Count || guideline.Any(g => g is < 0 or > 100) || guideline.Sum() != 100))
            return Failure.Invalid(nameof(input.Guideline), $"A guideline gives a share for each of the {scale.Count} points of the scale, in percent, adding up to 100.");

        var proposals = await ProposalsAsync(cycleId, people, templates, ct);
        var now = time.GetUtcNow();
        var session = new CalibrationSession
        {
            Id = Ids.New(time), CycleId = cycleId, Name = input.Name!.Trim(), Group = new SessionGroup { Kind = group.Kind, Ids = ids }, Scale = scale,
            Guideline = new RatingGuideline { Shares = guideline },
        };
        db.CalibrationSessions.Add(session);
        foreach (var person in people)
        {
            var proposal = proposals.GetValueOrDefault(person.ParticipantId) ?? new Proposal(null, null);
            var rating = CalibrationRules.Round(proposal.Score, scale.Count);
            db.CalibrationEntries.Add(new CalibrationEntry
            {
                Id = Ids.New(time), SessionId = session.Id, CycleId = cycleId, ParticipantId = person.ParticipantId, PersonId = person.PersonId,
                ManagerId = person.ReviewerId, ProposedScore = proposal.Score, ProposedRating = rating, Rating = rating,
                ProposedPotential = proposal.Potential, Potential = proposal.Potential, UpdatedAt = now,
            });
        }
        if (input.InviteManagers) invited.AddRange(people.Select(p => p.ReviewerId).OfType<Guid>().Distinct().Take(CalibrationRules.MaxParticipants));
        foreach (var personId in invited.Distinct()) db.CalibrationParticipants.Add(new CalibrationParticipant { SessionId = session.Id, PersonId = personId });
        audit.Add(AuditActions.CalibrationSessionCreated, detail: $"{session.Name} ({cycle.Name}): {people.Count} people, {invited.Distinct().Count()} invited");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone put one of them in another session at the same moment (one session per person and cycle).
            return Failure.Conflict("Someone set up another session with some of these people in the meantime. Try again: they are left out now.");
        }
        return new SessionSummary(session.Id, cycleId, cycle.Name, cycle.Phase, session.Name, people.Count, 0, invited.Distinct().Count());
    }

    private const int MaxGroupIds = 2_000;

    private sealed record GroupMember(Guid ParticipantId, Guid PersonId, Guid? ReviewerId, Guid TemplateId);

    // The cycle's active participants in the group; null when the group names something that isn't there.
    private async Task<List<GroupMember>?> GroupAsync(ReviewCycle cycle, GroupKind kind, List<Guid> ids, CancellationToken ct)
    {
        var valid = kind switch
        {
            GroupKind.Departments => await db.Departments.CountAsync(d => ids.Contains(d.Id), ct) == ids.Count,
            _ => await db.People.CountAsync(p => ids.Contains(p.Id), ct) == ids.Count,
        };
        if (!valid) return null;
        var people = kind switch
        {
            GroupKind.Departments => db.People.Where(p => p.DepartmentId != null && ids.Contains(p.DepartmentId.Value)).Select(p => p.Id),
            GroupKind.ManagerTree => reach.Below(ids),
            _ => db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id),
        };
        return await db.ReviewParticipants.AsNoTracking()
            .Where(p => p.CycleId == cycle.Id && p.Status == ParticipantStatus.Active && people.Contains(p.PersonId))
            .Select(p => new GroupMember(p.Id, p.PersonId, p.ReviewerId, p.TemplateId)).ToListAsync(ct);
    }

    private sealed record Proposal(double? Score, int? Potential);

    // What the submitted manager reviews propose, by participant: the score kept on submit (or, for one submitted before
    // scores were kept, scored from its answers), and the potential when the template asks for it.
    private async Task<Dictionary<Guid, Proposal>> ProposalsAsync(Guid cycleId, List<GroupMember> people, Dictionary<Guid, ReviewTemplate> templates,
        CancellationToken ct)
    {
        var ids = people.Select(p => p.ParticipantId).ToList();
        var asking = templates.Values.Where(t => t.Content.Sections.Any(s => s.Questions.Any(q => q.Kind == QuestionKind.Potential))).Select(t => t.Id).ToHashSet();
        var templateOf = people.ToDictionary(p => p.ParticipantId, p => p.TemplateId);
        var submitted = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted && ids.Contains(r.ParticipantId))
            .Select(r => new { r.ParticipantId, r.Score }).ToListAsync(ct);
        var proposals = submitted.ToDictionary(r => r.ParticipantId, r => new Proposal(r.Score, null));
        // The answers only where they are needed: a score to work out, or a potential to read.
        var open = submitted.Where(r => r.Score is null || asking.Contains(templateOf[r.ParticipantId])).Select(r => r.ParticipantId).ToList();
        if (open.Count == 0) return proposals;
        var answers = await db.Reviews.AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Kind == ReviewKind.Manager && r.State == ReviewState.Submitted && open.Contains(r.ParticipantId))
            .Select(r => new { r.ParticipantId, r.Answers }).ToListAsync(ct);
        foreach (var r in answers)
        {
            var template = templates[templateOf[r.ParticipantId]];
            proposals[r.ParticipantId] = new Proposal(proposals[r.ParticipantId].Score ?? OverallScore.OfWriter(template, ReviewKind.Manager, r.Answers.Items),
                AnswerCheck.PotentialOf(template, r.Answers.Items));
        }
        return proposals;
    }

    /// <summary>Changes one person's rating and/or potential, with the reason; recorded per value changed, in the same save.</summary>
    public async Task<Outcome<EntryResult>> MoveAsync(Guid sessionId, Guid entryId, MoveInput input, CancellationToken ct)
    {
        var session = await access.Readable().AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.Id, s.Scale, s.Name, Phase = db.ReviewCycles.Where(c => c.Id == s.CycleId).Select(c => c.Phase).First() })
            .SingleOrDefaultAsync(ct);
        if (session is null) return Failure.NotFound("No such session of yours.");
        // Nobody calibrates themselves, whatever their part in the session.
        var entry = await db.CalibrationEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.SessionId == sessionId && e.PersonId != me.PersonId, ct);
        if (entry is null) return Failure.NotFound("This person is not in this session.");
        if (CalibrationRules.WhyNotChange(session.Phase) is { } why) return Failure.Conflict(why);

        var points = session.Scale.Count;
        var errors = new FieldErrors();
        if (input.Rating is { } r && (r < 1 || r > points)) errors.Add(nameof(input.Rating), $"A rating is a point of the scale, 1 to {points}.");
        if (input.Potential is { } p && (p < 1 || p > CalibrationRules.PotentialLabels.Count))
            errors.Add(nameof(input.Potential), $"Potential is 1 (low) to {CalibrationRules.PotentialLabels.Count} (high).");
        errors.Require(nameof(input.Reason), input.Reason, "A reason", CalibrationRules.ReasonMax);
        var evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim();
        if (evidence is not null && (evidence.Length > CalibrationRules.EvidenceMax || !IsLink(evidence)))
            errors.Add(nameof(input.Evidence), $"Evidence is a link: a page of Tandem (/goals/…) or an https address, at most {CalibrationRules.EvidenceMax} characters.");
        var rating = input.Rating ?? entry.Rating;
        var potential = input.Potential ?? entry.Potential;
        if (!errors.Any && rating == entry.Rating && potential == entry.Potential)
            errors.Add(nameof(input.Rating), "Nothing changes: choose another rating or potential.");
        if (errors.Any) return errors.ToFailure();
        if (input.Version != entry.Version) return Stale();

        var now = time.GetUtcNow();
        var reason = input.Reason!.Trim();
        var changes = new List<string>(2);
        void Record(CalibrationField field, int? from, int? to)
        {
            if (from == to) return;
            db.CalibrationChanges.Add(new CalibrationChange
            {
                Id = Ids.New(time), SessionId = sessionId, EntryId = entry.Id, PersonId = entry.PersonId, ById = me.PersonId, At = now, Field = field,
                From = from, To = to, Reason = reason, Evidence = evidence,
            });
            changes.Add($"{field.ToString().ToLowerInvariant()} {CalibrationQueries.Words(field, from, session.Scale) ?? "none"} → {CalibrationQueries.Words(field, to, session.Scale)}");
        }
        Record(CalibrationField.Rating, entry.Rating, rating);
        Record(CalibrationField.Potential, entry.Potential, potential);
        entry.Rating = rating;
        entry.Potential = potential;
        entry.UpdatedAt = now;
        entry.Version++;
        audit.Add(AuditActions.CalibrationChanged, entry.PersonId, $"{session.Name}: {string.Join(", ", changes)}. Reason: {reason}" + (evidence is null ? "" : $" Evidence: {evidence}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return new EntryResult(entry.Id, entry.PersonId, entry.ProposedRating, entry.Rating, entry.ProposedPotential, entry.Potential, entry.Version);
    }

    // A path of Tandem, or an https address. Backslashes, spaces and control characters are refused: a browser reads
    // "/\evil.example" or "/<tab>/evil.example" as another site.
    private static bool IsLink(string text) =>
        !text.Any(c => c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
        && ((text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal)) || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps));

    private static Failure Stale() => Failure.Conflict("Someone else changed this person in the meantime. Reload the session to see what changed.");
}
