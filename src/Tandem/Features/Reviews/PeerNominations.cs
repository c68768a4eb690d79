using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Reviews;

/// <summary>
/// Peer nomination: the person proposes 3–5 colleagues, their manager approves the list or changes it; each approved
/// peer gets a peer review to write. Never yourself, your manager, someone who left or someone of another organisation.
/// </summary>
public sealed class PeerNominations(TandemDb db, CurrentUser me, TimeProvider time)
{
    /// <summary>The nominations of a person in a cycle: for the person, the writer of their manager review, and HR.</summary>
    public async Task<NominationsInfo?> GetAsync(Guid cycleId, Guid personId, CancellationToken ct)
    {
        var participant = await ParticipantAsync(cycleId, personId, ct);
        if (participant is null || !(participant.PersonId == me.PersonId || participant.ReviewerId == me.PersonId || me.IsHrAdmin)) return null;
        var cycle = await db.ReviewCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId, ct);
        var rows = await db.PeerNominations.AsNoTracking().Where(n => n.CycleId == cycleId && n.SubjectId == personId)
            .Join(db.People, n => n.PeerId, p => p.Id, (n, p) => new NominationInfo(n.PeerId, p.Name, n.Status, n.AddedByManager))
            .ToListAsync(ct);
        var open = cycle.PeerReviews && cycle.Phase is CyclePhase.SelfReview or CyclePhase.PeerNomination;
        return new NominationsInfo(cycleId, personId, [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCulture)],
            CanPropose: open && participant.PersonId == me.PersonId && rows.TrueForAll(r => r.Status == NominationStatus.Proposed),
            CanApprove: open && participant.ReviewerId == me.PersonId, cycle.Dates.NominationDue);
    }

    /// <summary>The person proposes their peers (replacing an earlier proposal, until the manager has decided).</summary>
    public async Task<Outcome<NominationsInfo>> ProposeAsync(Guid cycleId, PeersInput input, CancellationToken ct)
    {
        var participant = await ParticipantAsync(cycleId, me.PersonId, ct);
        if (participant is null) return Failure.NotFound("You are not in this cycle.");
        if (await ClosedAsync(cycleId, ct) is { } closed) return closed;
        if (await db.PeerNominations.AnyAsync(n => n.CycleId == cycleId && n.SubjectId == me.PersonId && n.Status != NominationStatus.Proposed, ct))
            return Failure.Conflict("Your manager has decided on your peers already; ask them to change the list.");
        if (await CheckAsync(participant, input, ReviewRules.PeersMin, ct) is { } failure) return failure;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PeerNominations.Where(n => n.CycleId == cycleId && n.SubjectId == me.PersonId).ExecuteDeleteAsync(ct);
        foreach (var peer in input.PeerIds.Distinct())
            db.PeerNominations.Add(new PeerNomination { Id = Ids.New(time), CycleId = cycleId, SubjectId = me.PersonId, PeerId = peer, CreatedAt = time.GetUtcNow() });
        if (participant.ReviewerId is { } manager)
            await NotificationService.AddAsync(db, time, NoticeKind.PeersToApprove, manager, $"{me.Name} proposed peers for their review: approve them or change the list.",
                $"/reviews/cycles/{cycleId}/people/{me.PersonId}/peers", ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await GetAsync(cycleId, me.PersonId, ct))!;
    }

    /// <summary>The manager decides the final list: those on it are approved and asked for a peer review, the others declined.</summary>
    public async Task<Outcome<NominationsInfo>> DecideAsync(Guid cycleId, Guid personId, PeersInput input, CancellationToken ct)
    {
        var participant = await ParticipantAsync(cycleId, personId, ct);
        if (participant is null || !(participant.PersonId == me.PersonId || participant.ReviewerId == me.PersonId || me.IsHrAdmin))
            return Failure.NotFound("No such person in this cycle.");
        if (participant.ReviewerId != me.PersonId) return Failure.Forbidden("Only the manager who writes this review approves its peers.");
        if (await ClosedAsync(cycleId, ct) is { } closed) return closed;
        if (await CheckAsync(participant, input, 1, ct) is { } failure) return failure;
        var chosen = input.PeerIds.Distinct().ToHashSet();
        var nominations = await db.PeerNominations.Where(n => n.CycleId == cycleId && n.SubjectId == personId).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var n in nominations) n.Status = chosen.Contains(n.PeerId) ? NominationStatus.Approved : NominationStatus.Declined;
        foreach (var peer in chosen.Where(p => nominations.TrueForAll(n => n.PeerId != p)))
        {
            db.PeerNominations.Add(new PeerNomination
            {
                Id = Ids.New(time), CycleId = cycleId, SubjectId = personId, PeerId = peer, Status = NominationStatus.Approved, AddedByManager = true, CreatedAt = now,
            });
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // Declined peers' reviews go (unless they were submitted); approved peers get one if they have none yet.
        await db.Reviews.Where(r => r.ParticipantId == participant.Id && r.Kind == ReviewKind.Peer && !chosen.Contains(r.WriterId) && r.State != ReviewState.Submitted)
            .ExecuteDeleteAsync(ct);
        await AskAsync(participant, chosen, ct);
        await transaction.CommitAsync(ct);
        return (await GetAsync(cycleId, personId, ct))!;
    }

    /// <summary>When peer reviews start, proposals nobody decided on stand: they are approved and their peers asked.</summary>
    public async Task ApproveStandingAsync(Guid cycleId, CancellationToken ct)
    {
        var standing = await db.PeerNominations.Where(n => n.CycleId == cycleId && n.Status == NominationStatus.Proposed)
            .Join(db.ReviewParticipants.Where(p => p.CycleId == cycleId && p.Status == ParticipantStatus.Active), n => n.SubjectId, p => p.PersonId,
                (n, p) => new { Participant = p.Id, p.PersonId, n.PeerId })
            .ToListAsync(ct);
        await db.PeerNominations.Where(n => n.CycleId == cycleId && n.Status == NominationStatus.Proposed)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NominationStatus.Approved), ct);
        var now = time.GetUtcNow();
        await db.InsertAsync(standing.Select(s => new Review
        {
            Id = Ids.New(time), CycleId = cycleId, ParticipantId = s.Participant, SubjectId = s.PersonId, WriterId = s.PeerId, Kind = ReviewKind.Peer,
        }), now, ct);
    }

    private async Task AskAsync(ReviewParticipant participant, IReadOnlyCollection<Guid> peers, CancellationToken ct)
    {
        var asked = await db.Reviews.Where(r => r.ParticipantId == participant.Id && r.Kind == ReviewKind.Peer).Select(r => r.WriterId).ToListAsync(ct);
        var name = await db.People.Where(p => p.Id == participant.PersonId).Select(p => p.Name).SingleAsync(ct);
        foreach (var peer in peers.Except(asked))
        {
            db.Reviews.Add(new Review
            {
                Id = Ids.New(time), CycleId = participant.CycleId, ParticipantId = participant.Id, SubjectId = participant.PersonId, WriterId = peer, Kind = ReviewKind.Peer,
            });
            await NotificationService.AddAsync(db, time, NoticeKind.PeerReviewAsked, peer, $"You are asked for a peer review of {name}.", "/reviews", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Failure?> ClosedAsync(Guid cycleId, CancellationToken ct)
    {
        var cycle = await db.ReviewCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId, ct);
        if (!cycle.PeerReviews) return Failure.Conflict("This cycle has no peer reviews.");
        return cycle.Phase is CyclePhase.SelfReview or CyclePhase.PeerNomination ? null
            : Failure.Conflict($"Peer nomination has closed (it ended on {cycle.Dates.NominationDue:d MMM yyyy}).");
    }

    private async Task<Failure?> CheckAsync(ReviewParticipant participant, PeersInput input, int min, CancellationToken ct)
    {
        const string field = nameof(PeersInput.PeerIds);
        var peers = (input.PeerIds ?? []).Distinct().ToList();
        if (peers.Count < min || peers.Count > ReviewRules.PeersMax)
            return Failure.Invalid(field, min == ReviewRules.PeersMin
                ? $"Propose from {ReviewRules.PeersMin} to {ReviewRules.PeersMax} peers."
                : $"Choose from 1 to {ReviewRules.PeersMax} peers.");
        if (peers.Contains(participant.PersonId)) return Failure.Invalid(field, "Nobody reviews themselves as a peer: the self review is for that.");
        if (participant.ReviewerId is { } manager && peers.Contains(manager)) return Failure.Invalid(field, "Your manager writes the manager review, not a peer review.");
        var found = await db.People.AsNoTracking().Where(p => peers.Contains(p.Id)).Select(p => new { p.Name, p.Status }).ToListAsync(ct);
        if (found.Count != peers.Count) return Failure.Invalid(field, "Choose colleagues of this organisation.");
        if (found.FirstOrDefault(p => p.Status == PersonStatus.Left) is { } left) return Failure.Invalid(field, $"{left.Name} has left the organisation.");
        return null;
    }

    private Task<ReviewParticipant?> ParticipantAsync(Guid cycleId, Guid personId, CancellationToken ct) =>
        db.ReviewParticipants.AsNoTracking().SingleOrDefaultAsync(p => p.CycleId == cycleId && p.PersonId == personId && p.Status == ParticipantStatus.Active, ct);
}

/// <summary>The peers proposed for, or chosen for, someone's review.</summary>
public sealed record PeersInput(IReadOnlyList<Guid> PeerIds);

/// <summary>A person's peer nominations, and whether you may propose or decide now.</summary>
public sealed record NominationsInfo(Guid CycleId, Guid PersonId, IReadOnlyList<NominationInfo> Peers, bool CanPropose, bool CanApprove, DateOnly? Due);

public sealed record NominationInfo(Guid PeerId, string Name, NominationStatus Status, bool AddedByManager);
