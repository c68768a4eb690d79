namespace Tandem.Data;

/// <summary>A background job that runs at start and then every <paramref name="interval"/>, as <see cref="HourlyJob"/>.</summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider time, ILogger log) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
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
                log.LogError(e, "{Job} failed; trying again in {Interval}.", GetType().Name, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
