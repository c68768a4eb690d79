using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// Keeps each goal's cached progress equal to the weighted average of its key results and counted children
/// (<see cref="GoalMath"/>). A change recomputes the changed goal and walks up its parents — one indexed query
/// and at most one update per level, whatever the size of the tree — and stops where a progress does not move.
/// </summary>
public sealed class GoalRollups(TandemDb db)
{
    private const int MaxLevels = 64;

    /// <summary>Recomputes <paramref name="goalId"/> and, while progress changes, the goals above it.</summary>
    public async Task RecomputeFromAsync(Guid? goalId, CancellationToken ct)
    {
        var first = true;
        for (var level = 0; goalId is { } id && level < MaxLevels; level++)
        {
            // One statement a level: the goal, and the weights and weighted progress of its key results and of its
            // counted children (they are all parts of one weighted average). EF Core inlines the captured queries.
            var keyResults = db.KeyResults.Where(k => k.GoalId == id);
            var children = db.Goals.Where(c => c.ParentGoalId == id && c.Approval == GoalApproval.Approved
                && c.Status != GoalStatus.Dropped && c.Visibility == GoalVisibility.Public);
            var goal = await db.Goals.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new
                {
                    g.ParentGoalId,
                    g.Status,
                    g.Progress,
                    Weights = keyResults.Sum(k => k.Weight) + children.Sum(c => c.Weight),
                    Weighted = keyResults.Sum(k => k.Weight * k.Progress) + children.Sum(c => c.Weight * c.Progress),
                })
                .SingleOrDefaultAsync(ct);
            if (goal is null) return;
            var progress = GoalMath.Rollup(goal.Weights, goal.Weighted, goal.Status);

            // Above the goal that changed, nothing moves once a progress stays the same.
            if (!first && Math.Abs(progress - goal.Progress) < 1e-12) return;
            if (Math.Abs(progress - goal.Progress) >= 1e-12)
                await db.Goals.Where(g => g.Id == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Progress, progress), ct);
            first = false;
            goalId = goal.ParentGoalId;
        }
    }
}
