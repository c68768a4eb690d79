using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.People;
using Tandem.Http;

namespace Tandem.Features.Talent;

/// <summary>
/// Talent review's changes: HR sets up a review, its participants and its key roles; HR and the participants assess each
/// role (holder, flight risk, impact of loss, notes) and nominate its successors with their readiness. Nobody records
/// talent data about themselves. Every change is in the audit log, which only HR admins read for talent.
/// </summary>
public sealed class TalentService(TandemDb db, TalentAccess access, TalentQueries queries, AuditService audit, TimeProvider time)
{
    private const string HrOnly = "HR admins set up talent reviews, their participants and key roles.";
    private const string NoRole = "No such key role.";

    public async Task<Outcome<TalentReviewDetails>> CreateAsync(TalentReviewInput input, CancellationToken ct)
    {
        if (!access.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", TalentRules.NameMax);
        var participants = await ParticipantsAsync(input.ParticipantIds, nameof(input.ParticipantIds), errors, ct);
        if (errors.Any) return errors.ToFailure();
        var review = new TalentReview { Id = Ids.New(time), Name = input.Name!.Trim() };
        db.TalentReviews.Add(review);
        db.TalentParticipants.AddRange(participants.Select(p => new TalentParticipant { ReviewId = review.Id, PersonId = p }));
        audit.Add(AuditActions.TalentReviewCreated, null, $"{review.Name}, {participants.Count} participants");
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(review.Id, ct))!;
    }

    public async Task<Outcome<TalentReviewDetails>> SetParticipantsAsync(Guid reviewId, ParticipantsInput input, CancellationToken ct)
    {
        if (!await access.Reviews().AnyAsync(r => r.Id == reviewId, ct)) return Failure.NotFound("No such talent review.");
        if (!access.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var errors = new FieldErrors();
        var participants = await ParticipantsAsync(input.ParticipantIds, nameof(input.ParticipantIds), errors, ct);
        if (errors.Any) return errors.ToFailure();
        var current = await db.TalentParticipants.Where(p => p.ReviewId == reviewId).ToListAsync(ct);
        db.TalentParticipants.RemoveRange(current.Where(p => !participants.Contains(p.PersonId)));
        db.TalentParticipants.AddRange(participants.Except(current.Select(p => p.PersonId)).Select(p => new TalentParticipant { ReviewId = reviewId, PersonId = p }));
        audit.Add(AuditActions.TalentChanged, null, $"participants of a talent review: {participants.Count}");
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(reviewId, ct))!;
    }

    public async Task<Outcome<KeyRoleDetails>> AddRoleAsync(Guid reviewId, KeyRoleInput input, CancellationToken ct)
    {
        if (!await access.Reviews().AnyAsync(r => r.Id == reviewId, ct)) return Failure.NotFound("No such talent review.");
        if (!access.IsHrAdmin) return Failure.Forbidden(HrOnly);
        var errors = await CheckAsync(input, ct);
        if (!errors.Any && await db.KeyRoles.CountAsync(r => r.ReviewId == reviewId, ct) >= TalentRules.RolesMax)
            errors.Add(nameof(input.Title), $"A talent review has at most {TalentRules.RolesMax} key roles: set up another review.");
        if (errors.Any) return errors.ToFailure();
        var role = new KeyRole { Id = Ids.New(time), ReviewId = reviewId, Title = input.Title!.Trim() };
        Apply(role, input);
        db.KeyRoles.Add(role);
        audit.Add(AuditActions.TalentChanged, role.HolderId, $"key role “{role.Title}” added");
        await db.SaveChangesAsync(ct);
        return (await queries.RoleAsync(role.Id, ct))!;
    }

    /// <summary>Changes a role's assessment (and title or holder), against its version.</summary>
    public async Task<Outcome<KeyRoleDetails>> UpdateRoleAsync(Guid roleId, KeyRoleInput input, CancellationToken ct)
    {
        var role = await access.Roles().SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return Failure.NotFound(NoRole);
        var errors = await CheckAsync(input, ct);
        if (input.HolderId is { } holder && holder != role.HolderId && await db.Successors.AnyAsync(s => s.RoleId == roleId && s.PersonId == holder, ct))
            errors.Add(nameof(input.HolderId), "This person is nominated as the role's successor: remove the nomination first.");
        if (errors.Any) return errors.ToFailure();
        if (input.Version != role.Version) return Stale();
        role.Title = input.Title!.Trim();
        Apply(role, input);
        audit.Add(AuditActions.TalentChanged, role.HolderId, $"key role “{role.Title}”: flight risk {TalentRules.Label(role.FlightRisk).ToLowerInvariant()}, " +
            $"impact of loss {TalentRules.Label(role.ImpactOfLoss).ToLowerInvariant()}");
        return await SaveAsync(roleId, ct);
    }

    public async Task<Outcome<bool>> DeleteRoleAsync(Guid roleId, CancellationToken ct)
    {
        var role = await access.Roles().SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return Failure.NotFound(NoRole);
        if (!access.IsHrAdmin) return Failure.Forbidden(HrOnly);
        db.KeyRoles.Remove(role);
        audit.Add(AuditActions.TalentChanged, role.HolderId, $"key role “{role.Title}” removed");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Nominates a successor: someone active, not the holder, not the nominator, once a role (a race loses with 409).</summary>
    public async Task<Outcome<KeyRoleDetails>> NominateAsync(Guid roleId, SuccessorInput input, CancellationToken ct)
    {
        var role = await access.Roles().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return Failure.NotFound(NoRole);
        var errors = new FieldErrors();
        if (input.PersonId == access.Me) errors.Add(nameof(input.PersonId), "You can't nominate yourself: nobody records talent data about themselves.");
        else if (input.PersonId == role.HolderId) errors.Add(nameof(input.PersonId), "This person holds the role: nominate someone who could succeed them.");
        else if (!await db.People.AnyAsync(p => p.Id == input.PersonId && p.Status != PersonStatus.Left, ct))
            errors.Add(nameof(input.PersonId), "Choose someone of this organisation who has not left.");
        Check(errors, input.Readiness, input.FlightRisk, input.Notes);
        if (!errors.Any && await db.Successors.CountAsync(s => s.RoleId == roleId, ct) >= TalentRules.SuccessorsMax)
            errors.Add(nameof(input.PersonId), $"A role has at most {TalentRules.SuccessorsMax} successors: remove one first.");
        if (errors.Any) return errors.ToFailure();
        if (await db.Successors.AnyAsync(s => s.RoleId == roleId && s.PersonId == input.PersonId, ct)) return Taken();
        db.Successors.Add(new Successor
        {
            Id = Ids.New(time), RoleId = roleId, PersonId = input.PersonId, Readiness = input.Readiness, FlightRisk = input.FlightRisk,
            Notes = Text.Clean(input.Notes), NominatedById = access.Me,
        });
        audit.Add(AuditActions.TalentChanged, input.PersonId, $"nominated to succeed in “{role.Title}”, {TalentRules.Label(input.Readiness).ToLowerInvariant()}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone nominated them for this role at the same moment (unique index): theirs stands.
            return Taken();
        }
        return (await queries.RoleAsync(roleId, ct))!;
    }

    public async Task<Outcome<KeyRoleDetails>> ChangeSuccessorAsync(Guid roleId, Guid successorId, SuccessorChange input, CancellationToken ct)
    {
        var (role, successor) = await NominationAsync(roleId, successorId, ct);
        if (role is null) return Failure.NotFound(NoRole);
        if (successor is null) return Failure.NotFound("No such successor of this role.");
        var errors = new FieldErrors();
        Check(errors, input.Readiness, input.FlightRisk, input.Notes);
        if (errors.Any) return errors.ToFailure();
        if (input.Version != successor.Version) return Stale();
        successor.Readiness = input.Readiness;
        successor.FlightRisk = input.FlightRisk;
        successor.Notes = Text.Clean(input.Notes);
        audit.Add(AuditActions.TalentChanged, successor.PersonId, $"successor in “{role.Title}”: {TalentRules.Label(input.Readiness).ToLowerInvariant()}");
        return await SaveAsync(roleId, ct);
    }

    public async Task<Outcome<KeyRoleDetails>> RemoveSuccessorAsync(Guid roleId, Guid successorId, CancellationToken ct)
    {
        var (role, successor) = await NominationAsync(roleId, successorId, ct);
        if (role is null) return Failure.NotFound(NoRole);
        if (successor is null) return Failure.NotFound("No such successor of this role.");
        db.Successors.Remove(successor);
        audit.Add(AuditActions.TalentChanged, successor.PersonId, $"no longer a successor in “{role.Title}”");
        await db.SaveChangesAsync(ct);
        return (await queries.RoleAsync(roleId, ct))!;
    }

    private async Task<(KeyRole? Role, Successor? Successor)> NominationAsync(Guid roleId, Guid successorId, CancellationToken ct)
    {
        var role = await access.Roles().AsNoTracking().SingleOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return (null, null);
        return (role, await access.Successors().SingleOrDefaultAsync(s => s.Id == successorId && s.RoleId == roleId, ct));
    }

    private async Task<FieldErrors> CheckAsync(KeyRoleInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Require(nameof(input.Title), input.Title, "Title", TalentRules.NameMax);
        if (input.HolderId is { } holder)
        {
            if (holder == access.Me) errors.Add(nameof(input.HolderId), "Someone else records a role you hold: nobody reads talent data about themselves.");
            else if (!await db.People.AnyAsync(p => p.Id == holder && p.Status != PersonStatus.Left, ct))
                errors.Add(nameof(input.HolderId), "Choose someone of this organisation who has not left, or nobody for an open role.");
        }
        if (input.FlightRisk is { } risk && !Enum.IsDefined(risk)) errors.Add(nameof(input.FlightRisk), "Choose low, medium or high.");
        if (input.ImpactOfLoss is { } impact && !Enum.IsDefined(impact)) errors.Add(nameof(input.ImpactOfLoss), "Choose low, medium or high.");
        errors.Limit(nameof(input.Notes), input.Notes, "Notes", TalentRules.NotesMax);
        return errors;
    }

    private static void Check(FieldErrors errors, Readiness readiness, Level? risk, string? notes)
    {
        if (!Enum.IsDefined(readiness)) errors.Add(nameof(SuccessorInput.Readiness), "Choose ready now, in 1–2 years or in 3 years or more.");
        if (risk is { } r && !Enum.IsDefined(r)) errors.Add(nameof(SuccessorInput.FlightRisk), "Choose low, medium or high.");
        errors.Limit(nameof(SuccessorInput.Notes), notes, "Notes", TalentRules.NotesMax);
    }

    private static void Apply(KeyRole role, KeyRoleInput input)
    {
        role.HolderId = input.HolderId;
        role.LeadsPeople = input.LeadsPeople;
        role.FlightRisk = input.HolderId is null ? null : input.FlightRisk;
        role.ImpactOfLoss = input.ImpactOfLoss;
        role.Notes = Text.Clean(input.Notes);
    }

    private async Task<List<Guid>> ParticipantsAsync(List<Guid>? ids, string field, FieldErrors errors, CancellationToken ct)
    {
        var people = (ids ?? []).Distinct().ToList();
        if (people.Count > TalentRules.ParticipantsMax) errors.Add(field, $"Invite at most {TalentRules.ParticipantsMax} people.");
        else if (people.Count > 0 && await db.People.CountAsync(p => people.Contains(p.Id) && p.Status != PersonStatus.Left, ct) != people.Count)
            errors.Add(field, "Invite people of this organisation who have not left.");
        return people;
    }

    private async Task<Outcome<KeyRoleDetails>> SaveAsync(Guid roleId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return (await queries.RoleAsync(roleId, ct))!;
    }

    private static Failure Taken() => Failure.Conflict("This person is nominated for this role already: change their readiness instead.");

    private static Failure Stale() => Failure.Conflict("Someone else changed this in the meantime. Reload to see what changed.");
}
