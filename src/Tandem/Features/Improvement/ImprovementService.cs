using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.Goals;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Improvement;

/// <summary>
/// Writing improvement plans: the person's manager (or HR) sets one up — each expectation written as a private goal of the
/// person's, due at the plan's end, in the same transaction — adds checkpoints within it (held as a 1:1 of the two when
/// linked), and records the outcome once; the person comments on each checkpoint. Every change is audited.
/// </summary>
public sealed class ImprovementService(TandemDb db, CurrentUser me, ImprovementAccess access, GoalService goals, ImprovementQueries queries, AuditService audit,
    TimeProvider time)
{
    private const string NotYours = "Only the person's manager or an HR admin changes an improvement plan.";

    public async Task<Outcome<PlanDetails>> CreateAsync(Guid personId, ImprovementPlanInput input, CancellationToken ct)
    {
        if (!await access.CanReadAsync(personId, ct) || !await db.People.AnyAsync(p => p.Id == personId, ct)) return Failure.NotFound("No such person.");
        if (!await access.CanCreateAsync(personId, ct)) return Failure.Forbidden("The person's direct manager sets up an improvement plan, with HR.");
        var errors = new FieldErrors();
        if (input.EndsOn < input.StartsOn) errors.Add(nameof(input.EndsOn), "The plan ends on or after its start.");
        else if (input.EndsOn.DayNumber - input.StartsOn.DayNumber > ImprovementRules.LongestDays)
            errors.Add(nameof(input.EndsOn), $"A plan runs at most {ImprovementRules.LongestDays} days.");
        var expectations = input.Expectations ?? [];
        if (expectations.Count is 0 or > ImprovementRules.ExpectationsMax)
            errors.Add(nameof(input.Expectations), $"Write from 1 to {ImprovementRules.ExpectationsMax} expectations: what good looks like, clearly enough to check.");
        for (var i = 0; i < expectations.Count; i++)
        {
            errors.Require($"Expectations[{i}].Text", expectations[i]?.Text, "An expectation", ImprovementRules.ExpectationMax);
            errors.Limit($"Expectations[{i}].Measure", expectations[i]?.Measure, "How it will be seen", ImprovementRules.ExpectationMax);
        }
        errors.Require(nameof(input.Support), input.Support, "The support you give", ImprovementRules.SupportMax);
        if (errors.Any) return errors.ToFailure();
        if (await db.ImprovementPlans.AnyAsync(p => p.PersonId == personId && (p.Outcome == null || p.Outcome == PlanOutcome.Extended), ct))
            return Failure.Conflict("This person has a plan running already: record its outcome first.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var written = new List<Expectation>();
        foreach (var expectation in expectations)
        {
            var goal = await goals.CreateAsync(new GoalInput
            {
                Title = expectation!.Text!.Trim(), Description = Text.Clean(expectation.Measure), OwnerPersonId = personId, Visibility = GoalVisibility.Private,
                DueDate = input.EndsOn, Commitment = GoalCommitment.Committed,
            }, ct);
            if (!goal.Succeeded) return Failure.Invalid(nameof(input.Expectations), goal.Detail ?? "An expectation could not be written as a goal.");
            written.Add(new Expectation(expectation.Text.Trim(), Text.Clean(expectation.Measure), goal.Value!.Goal.Id));
        }
        var plan = new ImprovementPlan
        {
            Id = Ids.New(time), PersonId = personId, AuthorId = me.PersonId, StartsOn = input.StartsOn, EndsOn = input.EndsOn,
            Expectations = new PlanExpectations { Items = written }, Support = input.Support!.Trim(),
        };
        db.ImprovementPlans.Add(plan);
        audit.Add(AuditActions.ImprovementPlanCreated, personId, $"{input.StartsOn:yyyy-MM-dd} to {input.EndsOn:yyyy-MM-dd}, {written.Count} expectations");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another plan for them was set up at the same moment (one running plan a person, by a unique index): nothing of this one stays.
            return Failure.Conflict("This person has a plan running already: record its outcome first.");
        }
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(plan.Id, ct))!;
    }

    public async Task<Outcome<PlanDetails>> AddCheckpointAsync(Guid planId, CheckpointInput input, CancellationToken ct)
    {
        var plan = await ReadableAsync(planId, ct);
        if (plan is null) return Failure.NotFound("No such plan.");
        if (!await access.CanWriteAsync(plan.PersonId, ct)) return Failure.Forbidden(NotYours);
        if (plan.Outcome is PlanOutcome.Successful or PlanOutcome.Ended) return Failure.Conflict("This plan has ended: its checkpoints can no longer change.");
        var errors = new FieldErrors();
        if (input.On < plan.StartsOn || input.On > plan.EndsOn)
            errors.Add(nameof(input.On), $"A checkpoint falls within the plan: {plan.StartsOn:d MMM yyyy} to {plan.EndsOn:d MMM yyyy}.");
        errors.Limit(nameof(input.Notes), input.Notes, "Notes", ImprovementRules.NoteMax);
        if (input.MeetingId is { } meeting && !await PairMeetingAsync(meeting, plan.PersonId, ct))
            errors.Add(nameof(input.MeetingId), "Link a 1:1 of yours with this person.");
        if (!errors.Any && await db.ImprovementCheckpoints.CountAsync(c => c.PlanId == planId, ct) >= ImprovementRules.CheckpointsMax)
            errors.Add(nameof(input.On), $"A plan has at most {ImprovementRules.CheckpointsMax} checkpoints.");
        if (errors.Any) return errors.ToFailure();
        db.ImprovementCheckpoints.Add(new ImprovementCheckpoint { Id = Ids.New(time), PlanId = planId, On = input.On, MeetingId = input.MeetingId, Notes = Text.Clean(input.Notes) });
        // A checkpoint changes its plan's version: two added at once against the limit, or one while the plan is ended, can't both pass.
        db.Entry(plan).Property(p => p.Version).IsModified = true;
        audit.Add(AuditActions.ImprovementPlanChanged, plan.PersonId, $"checkpoint on {input.On:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return (await queries.GetAsync(planId, ct))!;
    }

    /// <summary>The person's own comment on a checkpoint (they may change it until the plan ends).</summary>
    public async Task<Outcome<PlanDetails>> CommentAsync(Guid planId, Guid checkpointId, CheckpointCommentInput input, CancellationToken ct)
    {
        var plan = await ReadableAsync(planId, ct);
        if (plan is null) return Failure.NotFound("No such plan.");
        var checkpoint = await db.ImprovementCheckpoints.SingleOrDefaultAsync(c => c.Id == checkpointId && c.PlanId == planId, ct);
        if (checkpoint is null) return Failure.NotFound("No such checkpoint of this plan.");
        if (!access.IsThePerson(plan.PersonId)) return Failure.Forbidden("Only the person the plan is for comments on its checkpoints.");
        if (plan.Outcome is PlanOutcome.Successful or PlanOutcome.Ended) return Failure.Conflict("This plan has ended: its checkpoints can no longer change.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Comment), input.Comment, "Your comment", ImprovementRules.NoteMax);
        if (errors.Any) return errors.ToFailure();
        checkpoint.Comment = input.Comment!.Trim();
        checkpoint.CommentedAt = time.GetUtcNow();
        audit.Add(AuditActions.ImprovementPlanChanged, plan.PersonId, $"comment on the checkpoint of {checkpoint.On:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(planId, ct))!;
    }

    /// <summary>
    /// Records the outcome. Successful or ended closes the plan, once: two people closing it at once from the same version
    /// can't both succeed. Extended moves the end date on (within the longest a plan runs) and the plan goes on.
    /// </summary>
    public async Task<Outcome<PlanDetails>> CloseAsync(Guid planId, OutcomeInput input, CancellationToken ct)
    {
        var plan = await ReadableAsync(planId, ct);
        if (plan is null) return Failure.NotFound("No such plan.");
        if (!await access.CanWriteAsync(plan.PersonId, ct)) return Failure.Forbidden(NotYours);
        if (plan.Outcome is PlanOutcome.Successful or PlanOutcome.Ended) return Failure.Conflict($"This plan has ended already ({ImprovementRules.Label(plan.Outcome)}).");
        var errors = new FieldErrors();
        if (!Enum.IsDefined(input.Outcome)) errors.Add(nameof(input.Outcome), "Choose successful, extended or ended.");
        if (input.On < plan.StartsOn) errors.Add(nameof(input.On), "The outcome comes on or after the plan's start.");
        else if (input.On > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1)) errors.Add(nameof(input.On), "An outcome is recorded when it happens, not ahead.");
        if (input.Outcome == PlanOutcome.Extended)
        {
            if (input.ExtendTo is not { } to || to <= plan.EndsOn) errors.Add(nameof(input.ExtendTo), "An extension ends after the plan's current end.");
            else if (to.DayNumber - plan.StartsOn.DayNumber > ImprovementRules.LongestDays)
                errors.Add(nameof(input.ExtendTo), $"A plan runs at most {ImprovementRules.LongestDays} days, its extensions included.");
        }
        errors.Limit(nameof(input.Note), input.Note, "The note", ImprovementRules.NoteMax);
        if (errors.Any) return errors.ToFailure();
        if (input.Version != plan.Version) return Stale();
        plan.Outcome = input.Outcome;
        plan.OutcomeOn = input.On;
        plan.OutcomeNote = Text.Clean(input.Note);
        if (input.Outcome == PlanOutcome.Extended) plan.EndsOn = input.ExtendTo!.Value;
        plan.Version++;
        audit.Add(AuditActions.ImprovementPlanChanged, plan.PersonId, $"outcome {ImprovementRules.Label(input.Outcome).ToLowerInvariant()} on {input.On:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        return (await queries.GetAsync(planId, ct))!;
    }

    private async Task<ImprovementPlan?> ReadableAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ImprovementPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        return plan is not null && await access.CanReadAsync(plan.PersonId, ct) ? plan : null;
    }

    private Task<bool> PairMeetingAsync(Guid meetingId, Guid personId, CancellationToken ct)
    {
        var meId = me.PersonId;
        var pair = db.OneOnOneSeries.Where(s => (s.LeadId == meId && s.PartnerId == personId) || (s.PartnerId == meId && s.LeadId == personId)).Select(s => s.Id);
        return db.Meetings.AnyAsync(m => m.Id == meetingId && pair.Contains(m.SeriesId), ct);
    }

    private static Failure Stale() => Failure.Conflict("Someone else changed this plan in the meantime. Reload it to see what changed.");
}
