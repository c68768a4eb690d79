using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.Goals;

/// <summary>
/// Keeps each goal's cached progress equal to the weighted average of its key results and counted children
/// (<see cref="GoalMath"/>). A change recomputes the changed goal and walks up its parents — a few indexed
/// queries per level, whatever the size of the tree — and stops where a progress does not move.
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
            var goal = await db.Goals.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new { g.ParentGoalId, g.Status, g.Progress }).SingleOrDefaultAsync(ct);
            if (goal is null) return;

            var parts = await db.KeyResults.AsNoTracking().Where(k => k.GoalId == id)
                .Select(k => new { k.Weight, k.Progress }).ToListAsync(ct);
            var children = await db.Goals.AsNoTracking()
                .Where(c => c.ParentGoalId == id && c.Approval == GoalApproval.Approved && c.Status != GoalStatus.Dropped
                            && c.Visibility == GoalVisibility.Public)
                .GroupBy(c => c.ParentGoalId)
                .Select(g => new { Weights = g.Sum(c => c.Weight), Weighted = g.Sum(c => c.Weight * c.Progress) })
                .SingleOrDefaultAsync(ct);

            var items = parts.Select(p => (p.Weight, p.Progress)).ToList();
            // The children's weighted sum enters as one part with their total weight: the same average.
            if (children is { Weights: > 0 }) items.Add((children.Weights, children.Weighted / children.Weights));
            var progress = GoalMath.Rollup(items, goal.Status);

            // Above the goal that changed, nothing moves once a progress stays the same.
            if (!first && Math.Abs(progress - goal.Progress) < 1e-12) return;
            if (Math.Abs(progress - goal.Progress) >= 1e-12)
                await db.Goals.Where(g => g.Id == id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Progress, progress), ct);
            first = false;
            goalId = goal.ParentGoalId;
        }
    }
}
