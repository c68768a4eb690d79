namespace Tandem.Features.People;

/// <summary>
/// What another feature does when people got another manager or left, inside the same transaction: Reviews hands a moved
/// person's manager review to their new manager and takes leavers out of the cycles still running. People calls every
/// one registered and knows nothing else of the features behind them.
/// </summary>
public interface IReportingChanges
{
    /// <param name="moved">People whose manager changed (their new one is saved already).</param>
    /// <param name="left">People who left.</param>
    Task ReportingChangedAsync(IReadOnlyCollection<Guid> moved, IReadOnlyCollection<Guid> left, CancellationToken ct);
}
