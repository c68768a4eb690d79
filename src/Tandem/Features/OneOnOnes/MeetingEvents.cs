using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tandem.Data;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Tells open meeting pages that something changed, so they fetch the part again (with the viewer's own
/// rights: a change carries no content). In one process subscribers hear it directly; on PostgreSQL every
/// change goes through NOTIFY and each instance's <see cref="MeetingEventsListener"/> hands it to its own
/// subscribers, so pages open on different instances see each other's edits. See docs/decisions/006.
/// </summary>
public sealed class MeetingEvents(IConfiguration configuration, IServiceScopeFactory scopes, ILogger<MeetingEvents> log)
{
    public const string Channel = "tandem_meetings";
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Channel<MeetingChange>, byte>> _subscribers = new();

    /// <summary>True when changes fan out through PostgreSQL rather than in memory.</summary>
    public bool UsesPostgres { get; } = DataSetup.Provider(configuration) == DatabaseProvider.Postgres;

    /// <summary>Changes of one meeting until <paramref name="ct"/> ends (the page closes).</summary>
    public async IAsyncEnumerable<MeetingChange> SubscribeAsync(Guid meetingId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<MeetingChange>(
            new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var set = _subscribers.GetOrAdd(meetingId, _ => new());
        set[channel] = 0;
        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(ct)) yield return change;
        }
        finally
        {
            set.TryRemove(channel, out _);
            if (set.IsEmpty) _subscribers.TryRemove(new KeyValuePair<Guid, ConcurrentDictionary<Channel<MeetingChange>, byte>>(meetingId, set));
        }
    }

    /// <summary>Announces a change after it was saved.</summary>
    public async Task PublishAsync(Guid meetingId, MeetingChange change, CancellationToken ct)
    {
        if (!UsesPostgres)
        {
            Deliver(meetingId, change);
            return;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
            var payload = $"{meetingId:N}:{change}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The change is saved; open pages catch up on their next action. Deliver here at least.
            log.LogWarning(e, "Could not announce a meeting change through PostgreSQL.");
            Deliver(meetingId, change);
        }
    }

    /// <summary>Hands a change to this instance's subscribers of the meeting.</summary>
    public void Deliver(Guid meetingId, MeetingChange change)
    {
        if (!_subscribers.TryGetValue(meetingId, out var set)) return;
        foreach (var channel in set.Keys) channel.Writer.TryWrite(change);
    }

    /// <summary>Parses a NOTIFY payload ("meetingid:Change").</summary>
    public static (Guid MeetingId, MeetingChange Change)? Parse(string payload)
    {
        var parts = payload.Split(':');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) && Enum.TryParse<MeetingChange>(parts[1], out var change)
            ? (id, change) : null;
    }
}

/// <summary>What changed on a meeting page: the agenda (topics, next steps), the shared notes, or the meeting itself.</summary>
public enum MeetingChange
{
    Agenda,
    Notes,
    Meeting,
}

/// <summary>On PostgreSQL: LISTENs for meeting changes from every instance and delivers them to this one's pages.</summary>
public sealed class MeetingEventsListener(MeetingEvents events, IConfiguration configuration, IHostEnvironment environment,
    ILogger<MeetingEventsListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!events.UsesPostgres) return;
        var connectionString = DataSetup.ConnectionString(configuration, DatabaseProvider.Postgres, environment.ContentRootPath);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (MeetingEvents.Parse(e.Payload) is var (meetingId, change)) events.Deliver(meetingId, change);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {MeetingEvents.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Listening for meeting changes failed; reconnecting in 2 s.");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
