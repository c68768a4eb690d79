using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Writing goals: objectives, alignment, status, comments and approval (key results and check-ins: <see cref="KeyResultService"/>). Every change
/// checks rights (<see cref="GoalAccess"/>) and rules, writes nothing when one is broken, and keeps the
/// progress roll-up current (<see cref="GoalRollups"/>).
/// </summary>
public sealed class GoalService(
    TandemDb db, CurrentUser me, GoalAccess access, GoalRollups rollups, GoalPeriods periods, GoalQueries queries, TimeProvider time,
    GoalCommentRateLimit commentLimit, IEnumerable<IGoalHolds> holds)
{
    public const string ConflictMessage = "Someone else changed this since you opened it. Their version is shown; apply your change again if it still holds.";

    public async Task<Outcome<GoalDetails>> CreateAsync(GoalInput input, CancellationToken ct)
    {
        var ownerPerson = input.OwnerType == GoalOwnerType.Person ? input.OwnerPersonId ?? me.PersonId : (Guid?)null;
        input = input with { OwnerPersonId = ownerPerson };
        if (await CheckOwnerAsync(input, ct) is { } ownerFailure) return ownerFailure;
        if (!await access.CanCreateAsync(input.OwnerType, ownerPerson, input.OwnerTeamId, input.OwnerDepartmentId, ct))
            return Failure.Forbidden("You can write goals for yourself and your direct reports; team and department goals for the ones you lead; HR admins for all of them.");

        var errors = new FieldErrors();
        CheckFields(input, errors);
        if (input.KeyResults.Count > GoalRules.KeyResultsMax)
            errors.Add(nameof(input.KeyResults), $"A goal has at most {GoalRules.KeyResultsMax} key results.");
        for (var i = 0; i < input.KeyResults.Count; i++) GoalRules.CheckKeyResult(input.KeyResults[i], errors, $"KeyResults[{i}].");
        if (errors.Any) return errors.ToFailure();
        if (await CheckPeriodAndParentAsync(input, goalId: null, ct) is { } failure) return failure;

        var requireApproval = input.OwnerType == GoalOwnerType.Person && ownerPerson == me.PersonId
            && await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.RequireGoalApproval).SingleAsync(ct);
        var goal = new Goal
        {
            Id = Ids.New(time),
            Title = input.Title.Trim(),
            OwnerType = input.OwnerType,
            OwnerPersonId = ownerPerson,
            OwnerTeamId = input.OwnerType == GoalOwnerType.Team ? input.OwnerTeamId : null,
            OwnerDepartmentId = input.OwnerType == GoalOwnerType.Department ? input.OwnerDepartmentId : null,
            Approval = requireApproval ? GoalApproval.Draft : GoalApproval.Approved,
            CreatedById = me.PersonId,
        };
        Apply(goal, input);
        var position = 0;
        foreach (var kr in input.KeyResults) goal.KeyResults.Add(NewKeyResult(goal.Id, kr, position++));

        // A caller's transaction (an improvement plan writing its expectations as goals) takes the goal in with its own change.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct);
        await rollups.RecomputeFromAsync(goal.Id, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return (await queries.GetAsync(goal.Id, ct))!;
    }

    public async Task<Outcome<GoalDetails>> UpdateAsync(Guid id, GoalUpdate update, CancellationToken ct)
    {
        var goal = await db.Goals.Include(g => g.Period).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (goal is null || !await access.CanReadAsync(id, ct)) return Failure.NotFound("No such goal.");
        if (!await access.CanEditAsync(goal, ct)) return Failure.Forbidden("You may read this goal but not change it. Comment instead.");
        if (goal.Version != update.Version) return Failure.Conflict(ConflictMessage);
        if (goal.Period?.ClosedAt is not null) return Failure.Invalid("PeriodId", "This goal's period is closed; its goals are kept as they were.");

        // The owner stays; the rest may change.
        var input = update.Goal with
        {
            OwnerType = goal.OwnerType, OwnerPersonId = goal.OwnerPersonId, OwnerTeamId = goal.OwnerTeamId, OwnerDepartmentId = goal.OwnerDepartmentId,
        };
        var errors = new FieldErrors();
        CheckFields(input, errors);
        if (input.Visibility != GoalVisibility.Private && goal.Visibility == GoalVisibility.Private && await WhyHeldAsync(goal, ct) is { } held)
            errors.Add(nameof(GoalInput.Visibility), held);
        if (errors.Any) return errors.ToFailure();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two re-alignments at once could each pass the loop check and together close a loop.
        if (input.ParentGoalId != goal.ParentGoalId) await db.LockOrganizationAsync(ct);
        if (await CheckPeriodAndParentAsync(input, id, ct) is { } failure) return failure;

        var oldParent = goal.ParentGoalId;
        var changesWhatWasApproved = GoalRules.ChangesSubstance(goal, input);
        Apply(goal, input);
        if (changesWhatWasApproved) await ReopenApprovalAsync(goal, ct);
        if (goal.Approval == GoalApproval.ChangesRequested && goal.OwnerPersonId == me.PersonId) goal.Approval = GoalApproval.Draft;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(ConflictMessage);
        }
        await rollups.RecomputeFromAsync(id, ct);
        if (oldParent != goal.ParentGoalId) await rollups.RecomputeFromAsync(oldParent, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(id, ct))!;
    }

    public async Task<Outcome<bool>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (goal is null || !await access.CanReadAsync(id, ct)) return Failure.NotFound("No such goal.");
        if (!await access.CanEditAsync(goal, ct)) return Failure.Forbidden("You may read this goal but not delete it.");
        if (await WhyHeldAsync(goal, ct) is { } why) return Failure.Conflict(why);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Goals aligned under it stay, unaligned; their owners see it and can align them again.
        await db.Goals.Where(g => g.ParentGoalId == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.ParentGoalId, (Guid?)null), ct);
        await db.Goals.Where(g => g.TemplateGoalId == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.TemplateGoalId, (Guid?)null), ct);
        var parent = goal.ParentGoalId;
        db.Goals.Remove(goal);
        await db.SaveChangesAsync(ct);
        await rollups.RecomputeFromAsync(parent, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<Outcome<GoalDetails>> SetStatusAsync(Guid id, StatusInput input, CancellationToken ct)
    {
        var goal = await EditableAsync(id, ct);
        if (goal.Failure is { } failure) return failure;
        if (!Enum.IsDefined(input.Status)) return Failure.Invalid(nameof(input.Status), "Choose a status.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        goal.Goal!.Status = input.Status;
        await db.SaveChangesAsync(ct);
        await rollups.RecomputeFromAsync(id, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(id, ct))!;
    }

    public async Task<Outcome<GoalDetails>> CommentAsync(Guid goalId, CommentInput input, CancellationToken ct)
    {
        var goal = await db.Goals.AsNoTracking().SingleOrDefaultAsync(g => g.Id == goalId, ct);
        if (goal is null || !await access.CanReadAsync(goalId, ct)) return Failure.NotFound("No such goal.");
        var errors = new FieldErrors();
        errors.Require(nameof(input.Text), input.Text, "Comment", GoalRules.CommentMax);
        if (errors.Any) return errors.ToFailure();
        if (input.ProposedChange && !await access.CanProposeAsync(goal, ct))
            return Failure.Forbidden("Only the owner's managers propose changes; comment instead.");
        if (!commentLimit.TryTake(me.PersonId))
            return new Failure(OutcomeKind.TooManyRequests, new Dictionary<string, string[]>(),
                $"You have posted a lot of comments in the last hour ({commentLimit.PerHour}). Take a break and come back later.");

        db.GoalComments.Add(new GoalComment
        {
            Id = Ids.New(time),
            GoalId = goalId,
            AuthorId = me.PersonId,
            Kind = input.ProposedChange ? GoalCommentKind.ProposedChange : GoalCommentKind.Comment,
            Text = input.Text.Trim(),
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(goalId, ct))!;
    }

    /// <summary>The owner submits a draft (or a goal with changes requested) for their manager's approval.</summary>
    public async Task<Outcome<GoalDetails>> SubmitAsync(Guid goalId, CancellationToken ct)
    {
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == goalId, ct);
        if (goal is null || !await access.CanReadAsync(goalId, ct)) return Failure.NotFound("No such goal.");
        if (goal.OwnerPersonId != me.PersonId) return Failure.Forbidden("Only the goal's owner submits it.");
        if (goal.Approval is not (GoalApproval.Draft or GoalApproval.ChangesRequested))
            return Failure.Conflict("This goal is not a draft.");
        goal.Approval = GoalApproval.Submitted;
        AddDecision(goalId, GoalCommentKind.Submitted, "Submitted for approval.");
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(goalId, ct))!;
    }

    /// <summary>The manager approves a submitted goal, or asks for changes (with a comment saying which).</summary>
    public async Task<Outcome<GoalDetails>> DecideAsync(Guid goalId, ApprovalInput input, CancellationToken ct)
    {
        var goal = await db.Goals.SingleOrDefaultAsync(g => g.Id == goalId, ct);
        if (goal is null || !await access.CanReadAsync(goalId, ct)) return Failure.NotFound("No such goal.");
        if (!await access.CanApproveAsync(goal, ct)) return Failure.Forbidden("Only the owner's manager approves their goals.");
        if (goal.Approval != GoalApproval.Submitted) return Failure.Conflict("This goal is not waiting for approval.");
        if (!input.Approve && string.IsNullOrWhiteSpace(input.Comment))
            return Failure.Invalid(nameof(input.Comment), "Say what should change, so your report can act on it.");
        if (input.Comment is { Length: > GoalRules.CommentMax }) return Failure.Invalid(nameof(input.Comment), "That comment is too long.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        goal.Approval = input.Approve ? GoalApproval.Approved : GoalApproval.ChangesRequested;
        AddDecision(goalId, input.Approve ? GoalCommentKind.Approved : GoalCommentKind.ChangesRequested,
            Text.Clean(input.Comment) ?? "Approved.");
        await db.SaveChangesAsync(ct);
        // An approved goal starts counting in its parent's progress.
        await rollups.RecomputeFromAsync(goalId, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(goalId, ct))!;
    }

    private void AddDecision(Guid goalId, GoalCommentKind kind, string text) =>
        db.GoalComments.Add(new GoalComment { Id = Ids.New(time), GoalId = goalId, AuthorId = me.PersonId, Kind = kind, Text = text, At = time.GetUtcNow() });

    /// <summary>The goal, when the signed-in person may change it and its period is open; otherwise why not.</summary>
    internal async Task<(Goal? Goal, Failure? Failure)> EditableAsync(Guid goalId, CancellationToken ct)
    {
        var goal = await db.Goals.Include(g => g.Period).SingleOrDefaultAsync(g => g.Id == goalId, ct);
        if (goal is null || !await access.CanReadAsync(goalId, ct)) return (null, Failure.NotFound("No such goal."));
        if (!await access.CanEditAsync(goal, ct))
            return (null, Failure.Forbidden("You may read this goal but not change it. Comment instead."));
        if (goal.Period?.ClosedAt is not null)
            return (null, Failure.Invalid("PeriodId", $"{goal.Period.Name} is closed: its goals keep their scores and take no more changes."));
        return (goal, null);
    }

    /// <summary>
    /// An approved goal whose substance changes (what it is, not its progress) goes back to a draft for the manager
    /// to approve again, where the organisation requires approval: otherwise approval would cover any later rewrite.
    /// </summary>
    internal async Task ReopenApprovalAsync(Goal goal, CancellationToken ct)
    {
        if (goal.OwnerType != GoalOwnerType.Person || goal.Approval != GoalApproval.Approved) return;
        if (await db.Organizations.Where(o => o.Id == me.OrganizationId).Select(o => o.RequireGoalApproval).SingleAsync(ct))
            goal.Approval = GoalApproval.Draft;
    }

    private static void CheckFields(GoalInput input, FieldErrors errors)
    {
        errors.Require(nameof(input.Title), input.Title, "Title", GoalRules.TitleMax);
        errors.Limit(nameof(input.Description), input.Description, "Description", GoalRules.DescriptionMax);
        GoalRules.CheckWeight(input.Weight, errors, nameof(input.Weight));
        if (!Enum.IsDefined(input.Commitment)) errors.Add(nameof(input.Commitment), "Choose committed or stretch.");
        if (!Enum.IsDefined(input.Visibility)) errors.Add(nameof(input.Visibility), "Choose public or private.");
        if (input.Visibility == GoalVisibility.Private && input.OwnerType != GoalOwnerType.Person)
            errors.Add(nameof(input.Visibility), "Only a person's own goals can be private; team, department and company goals are for everyone to see.");
        if (input.PeriodId is not null && input.DueDate is not null)
            errors.Add(nameof(input.DueDate), "A goal in a period ends with it; set a due date only for open-ended goals.");
    }

    private async Task<Failure?> CheckOwnerAsync(GoalInput input, CancellationToken ct)
    {
        var (field, exists) = input.OwnerType switch
        {
            GoalOwnerType.Person => (nameof(input.OwnerPersonId),
                await db.People.AnyAsync(p => p.Id == input.OwnerPersonId && p.Status != PersonStatus.Left, ct)),
            GoalOwnerType.Team => (nameof(input.OwnerTeamId), input.OwnerTeamId is { } t && await db.Teams.AnyAsync(x => x.Id == t, ct)),
            GoalOwnerType.Department => (nameof(input.OwnerDepartmentId),
                input.OwnerDepartmentId is { } d && await db.Departments.AnyAsync(x => x.Id == d, ct)),
            GoalOwnerType.Company => ("", true),
            _ => (nameof(input.OwnerType), false),
        };
        return exists ? null : Failure.Invalid(field, "Choose an owner from this organisation.");
    }

    private async Task<Failure?> CheckPeriodAndParentAsync(GoalInput input, Guid? goalId, CancellationToken ct)
    {
        if (input.PeriodId is { } periodId)
        {
            var period = await db.GoalPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct);
            if (period is null) return Failure.Invalid(nameof(input.PeriodId), "Choose a period of this organisation.");
            if (period.ClosedAt is not null) return Failure.Invalid(nameof(input.PeriodId), $"{period.Name} is closed; choose a current period.");
        }
        if (input.ParentGoalId is not { } parentId) return null;

        var parent = await access.Readable(db.Goals.AsNoTracking().Where(g => g.Id == parentId))
            .Select(g => new { g.Visibility, g.OwnerPersonId, g.ParentGoalId, PeriodEnd = (DateOnly?)g.Period!.End, Closed = g.Period!.ClosedAt != null })
            .SingleOrDefaultAsync(ct);
        if (parent is null) return Failure.Invalid(nameof(input.ParentGoalId), "Choose a goal of this organisation that you can see.");
        if (parent.Visibility == GoalVisibility.Private && parent.OwnerPersonId != input.OwnerPersonId)
            return Failure.Invalid(nameof(input.ParentGoalId), "Goals can align to someone else's goal only when it is public.");
        if (parent.Closed || parent.PeriodEnd < periods.Today)
            return Failure.Invalid(nameof(input.ParentGoalId), "That goal's period has ended; align to a current goal.");
        if (goalId is { } self && await IsAtOrAboveAsync(self, parentId, ct))
            return Failure.Invalid(nameof(input.ParentGoalId), "That goal is aligned under this one: the alignment would go in a circle.");
        return null;
    }

    // Walks up from the candidate parent; meeting the goal itself means a loop.
    private async Task<bool> IsAtOrAboveAsync(Guid goalId, Guid candidateParent, CancellationToken ct)
    {
        Guid? current = candidateParent;
        for (var level = 0; current is { } id && level < 64; level++)
        {
            if (id == goalId) return true;
            current = await db.Goals.Where(g => g.Id == id).Select(g => g.ParentGoalId).SingleOrDefaultAsync(ct);
        }
        return false;
    }

    private static void Apply(Goal goal, GoalInput input)
    {
        goal.Title = input.Title.Trim();
        goal.Description = Text.Clean(input.Description);
        goal.PeriodId = input.PeriodId;
        goal.DueDate = input.PeriodId is null ? input.DueDate : null;
        goal.Commitment = input.Commitment;
        goal.Visibility = input.Visibility;
        goal.ParentGoalId = input.ParentGoalId;
        goal.Weight = input.Weight;
    }

    internal KeyResult NewKeyResult(Guid goalId, KeyResultInput input, int position) => new()
    {
        Id = Ids.New(time),
        GoalId = goalId,
        Title = input.Title.Trim(),
        Kind = input.Kind,
        Start = input.Kind == KeyResultKind.Metric ? input.Start : null,
        Target = input.Kind == KeyResultKind.Metric ? input.Target : null,
        Current = input.Kind == KeyResultKind.Metric ? input.Start : null,
        Unit = Text.Clean(input.Unit),
        Weight = input.Weight,
        Position = position,
    };

    private async Task<string?> WhyHeldAsync(Goal goal, CancellationToken ct)
    {
        foreach (var hold in holds)
            if (await hold.WhyHeldAsync(goal.Id, goal.OwnerPersonId, ct) is { } why) return why;
        return null;
    }
}
