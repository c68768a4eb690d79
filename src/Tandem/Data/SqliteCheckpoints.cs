using Microsoft.EntityFrameworkCore;

namespace Tandem.Data;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file ("checkpoints") once a second, in the background.
/// SQLite would otherwise do it in whichever commit takes the log past 1,000 pages, and that request waits for the
/// copy and a flush of the database file: a third of a second on the benchmark's 11 GB database (decision 009).
/// Connections run with automatic checkpoints off (<see cref="SqliteTuning"/>); a passive checkpoint blocks
/// no reader and no writer. PostgreSQL: nothing to do.
/// </summary>
public sealed class SqliteCheckpoints(IDbContextFactory<TandemDb> factory, IConfiguration configuration, ILogger<SqliteCheckpoints> log)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (DataSetup.Provider(configuration) != DatabaseProvider.Sqlite) return;
        // Real time, not the app's TimeProvider: this is about the disk, not about dates users see.
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(stoppingToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "SQLite checkpoint failed; trying again in a second.");
            }
        }
    }
}
