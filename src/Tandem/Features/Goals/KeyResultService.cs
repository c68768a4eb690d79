using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// Key results and check-ins: the same rights as the goal itself (<see cref="GoalService.EditableAsync"/>), the roll-up
/// kept current, and optimistic concurrency on each key result's version.
/// </summary>
public sealed class KeyResultService(TandemDb db, CurrentUser me, GoalService goals, GoalRollups rollups, GoalQueries queries, TimeProvider time)
{
    public async Task<Outcome<GoalDetails>> AddKeyResultAsync(Guid goalId, KeyResultInput input, CancellationToken ct)
    {
        var goal = await goals.EditableAsync(goalId, ct);
        if (goal.Failure is { } failure) return failure;
        var errors = new FieldErrors();
        GoalRules.CheckKeyResult(input, errors);
        var count = await db.KeyResults.CountAsync(k => k.GoalId == goalId, ct);
        if (count >= GoalRules.KeyResultsMax) errors.Add(nameof(input.Title), $"A goal has at most {GoalRules.KeyResultsMax} key results.");
        if (errors.Any) return errors.ToFailure();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.KeyResults.Add(goals.NewKeyResult(goalId, input, count));
        await goals.ReopenApprovalAsync(goal.Goal!, ct);
        await db.SaveChangesAsync(ct);
        await rollups.RecomputeFromAsync(goalId, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(goalId, ct))!;
    }

    public async Task<Outcome<GoalDetails>> EditKeyResultAsync(Guid keyResultId, KeyResultUpdateInput update, CancellationToken ct)
    {
        var kr = await db.KeyResults.SingleOrDefaultAsync(k => k.Id == keyResultId, ct);
        if (kr is null) return Failure.NotFound("No such key result.");
        var goal = await goals.EditableAsync(kr.GoalId, ct);
        if (goal.Failure is { } failure) return failure;
        var input = update.KeyResult with { Kind = kr.Kind };
        var errors = new FieldErrors();
        GoalRules.CheckKeyResult(input, errors);
        if (errors.Any) return errors.ToFailure();
        if (kr.Version != update.Version) return Failure.Conflict(GoalService.ConflictMessage);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (kr.Title != input.Title.Trim() || kr.Start != input.Start || kr.Target != input.Target || kr.Weight != input.Weight)
            await goals.ReopenApprovalAsync(goal.Goal!, ct);
        kr.Title = input.Title.Trim();
        kr.Start = input.Start;
        kr.Target = input.Target;
        kr.Unit = Text.Clean(input.Unit);
        kr.Weight = input.Weight;
        kr.Current ??= input.Start;
        kr.Progress = GoalMath.KeyResultProgress(kr.Kind, kr.Start, kr.Target, kr.Current, kr.Done);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(GoalService.ConflictMessage);
        }
        await rollups.RecomputeFromAsync(kr.GoalId, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(kr.GoalId, ct))!;
    }

    public async Task<Outcome<GoalDetails>> DeleteKeyResultAsync(Guid keyResultId, CancellationToken ct)
    {
        var kr = await db.KeyResults.SingleOrDefaultAsync(k => k.Id == keyResultId, ct);
        if (kr is null) return Failure.NotFound("No such key result.");
        var goal = await goals.EditableAsync(kr.GoalId, ct);
        if (goal.Failure is { } failure) return failure;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.KeyResults.Remove(kr);
        await goals.ReopenApprovalAsync(goal.Goal!, ct);
        await db.SaveChangesAsync(ct);
        await rollups.RecomputeFromAsync(kr.GoalId, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(kr.GoalId, ct))!;
    }

    /// <summary>
    /// Records a check-in. Two people checking in on the same key result at once: the second sees a conflict
    /// with the current value (optimistic concurrency on the key result's version), never a lost update.
    /// </summary>
    public async Task<Outcome<GoalDetails>> CheckInAsync(Guid keyResultId, CheckInInput input, CancellationToken ct)
    {
        var kr = await db.KeyResults.SingleOrDefaultAsync(k => k.Id == keyResultId, ct);
        if (kr is null) return Failure.NotFound("No such key result.");
        var goal = await goals.EditableAsync(kr.GoalId, ct);
        if (goal.Failure is { } failure) return failure;

        var errors = new FieldErrors();
        if (kr.Kind == KeyResultKind.Metric && (input.Value is not { } v || !double.IsFinite(v)))
            errors.Add(nameof(input.Value), "Enter the current value.");
        if (kr.Kind == KeyResultKind.Milestone && input.Done is null)
            errors.Add(nameof(input.Done), "Say whether the milestone is done.");
        if (input.Confidence is < 0 or > 10) errors.Add(nameof(input.Confidence), "Confidence is from 0 (no chance) to 10 (certain).");
        if (!Enum.IsDefined(input.Status)) errors.Add(nameof(input.Status), "Choose on track, at risk or off track.");
        errors.Limit(nameof(input.Comment), input.Comment, "Comment", GoalRules.CommentMax);
        if (errors.Any) return errors.ToFailure();
        if (kr.Version != input.Version) return CheckInConflict(kr);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (kr.Kind == KeyResultKind.Metric) kr.Current = input.Value;
        else kr.Done = input.Done!.Value;
        kr.Progress = GoalMath.KeyResultProgress(kr.Kind, kr.Start, kr.Target, kr.Current, kr.Done);
        kr.Confidence = input.Confidence;
        kr.Status = input.Status;
        db.KeyResultUpdates.Add(new KeyResultUpdate
        {
            Id = Ids.New(time),
            GoalId = kr.GoalId,
            KeyResultId = kr.Id,
            Value = kr.Kind == KeyResultKind.Metric ? input.Value : null,
            Done = kr.Kind == KeyResultKind.Milestone ? input.Done : null,
            Progress = kr.Progress,
            Status = input.Status,
            Confidence = input.Confidence,
            Comment = Text.Clean(input.Comment),
            AuthorId = me.PersonId,
            At = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(kr).ReloadAsync(ct);
            return CheckInConflict(kr);
        }
        // The goal's status follows its key results unless someone marked it done or dropped.
        if (goal.Goal!.Status is not (GoalStatus.Done or GoalStatus.Dropped))
        {
            var statuses = await db.KeyResults.Where(k => k.GoalId == kr.GoalId).Select(k => k.Status).ToListAsync(ct);
            var status = GoalMath.FromCheckIns(statuses);
            await db.Goals.Where(g => g.Id == kr.GoalId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Status, status), ct);
        }
        await rollups.RecomputeFromAsync(kr.GoalId, ct);
        await transaction.CommitAsync(ct);
        return (await queries.GetAsync(kr.GoalId, ct))!;
    }

    private static Failure CheckInConflict(KeyResult kr) =>
        Failure.Conflict(GoalService.ConflictMessage) with
        {
            Extensions = new Dictionary<string, object?>
            {
                ["current"] = new { kr.Current, kr.Done, kr.Progress, kr.Confidence, kr.Status, kr.Version },
            },
        };
}
