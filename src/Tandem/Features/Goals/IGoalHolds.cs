namespace Tandem.Features.Goals;

/// <summary>
/// Another feature's hold on a goal it is built on — an improvement plan's expectation is a private goal of the person's:
/// while held, the goal is neither deleted nor made public. The reason is shown to whoever tried.
/// </summary>
public interface IGoalHolds
{
    Task<string?> WhyHeldAsync(Guid goalId, Guid? ownerPersonId, CancellationToken ct);
}
