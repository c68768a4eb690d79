namespace Tandem.Data;

/// <summary>
/// A background job that runs at start and then every hour on every instance; its work must be safe to run twice
/// (idempotent, or claimed with a conditional update). A failed run is logged and retried on the next tick.
/// </summary>
public abstract class HourlyJob(TimeProvider time, ILogger log) : PeriodicJob(TimeSpan.FromHours(1), time, log);
