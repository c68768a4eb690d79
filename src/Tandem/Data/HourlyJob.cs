namespace Tandem.Data;

/// <summary>
/// A background job that runs at start and then every hour on every instance; its work must be safe to run twice
/// (idempotent, or claimed with a conditional update). A failed run is logged and retried on the next tick.
/// </summary>
public abstract class HourlyJob(TimeProvider time, ILogger log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected TimeProvider Time { get; } = time;

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            using var activity = Observability.Activities.StartActivity(GetType().Name);
            try
            {
                await RunOnceAsync(stoppingToken);
                Observability.CountJobRun(GetType().Name, "ok");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
                Observability.CountJobRun(GetType().Name, "failed");
                log.LogError(e, "{Job} failed; trying again in an hour.", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
