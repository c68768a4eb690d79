using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Goals;

namespace Tandem.Features.Improvement;

/// <summary>A running improvement plan holds the goals its expectations are written as: they stay, and stay private, until it ends.</summary>
public sealed class ImprovementGoalHolds(TandemDb db) : IGoalHolds
{
    public async Task<string?> WhyHeldAsync(Guid goalId, Guid? ownerPersonId, CancellationToken ct)
    {
        if (ownerPersonId is not { } person) return null;
        var running = await db.ImprovementPlans.AsNoTracking()
            .Where(p => p.PersonId == person && (p.Outcome == null || p.Outcome == PlanOutcome.Extended)).Select(p => p.Expectations).ToListAsync(ct);
        return running.Any(e => e.Items.Any(i => i.GoalId == goalId))
            ? "This goal is an expectation of a running improvement plan: it stays, and stays private, until the plan's outcome is recorded."
            : null;
    }
}
