namespace Tandem.Features.People;

/// <summary>
/// What another feature does when people's job title, team or department changed, inside the same transaction:
/// Development recomputes their capability gaps, since the role profile that applies may be another. People calls
/// every one registered and knows nothing else of the features behind them.
/// </summary>
public interface IRoleChanges
{
    Task RoleChangedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct);
}
