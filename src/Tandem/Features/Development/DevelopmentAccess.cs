using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>
/// Who may read a person's assessments, gaps and plans: the person, the people who may read them as a manager and
/// HR admins (<see cref="Reach.CanReadPersonalAsync"/>); never peers, never across organisations. Who may assess: the
/// person (self) and their direct manager (manager view). A plan is readable by others only once it is shared.
/// </summary>
public sealed class DevelopmentAccess(Reach reach)
{
    public Task<bool> CanReadAsync(Guid personId, CancellationToken ct) => reach.CanReadPersonalAsync(personId, ct);

    public Task<bool> IsDirectManagerOfAsync(Guid personId, CancellationToken ct) => reach.IsDirectManagerOfAsync(personId, ct);

    /// <summary>A plan: its owner always; others when it is shared and they may read the owner's development.</summary>
    public async Task<bool> CanReadPlanAsync(Guid personId, bool shared, CancellationToken ct) =>
        reach.IsMe(personId) || (shared && await CanReadAsync(personId, ct));
}
