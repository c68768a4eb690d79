using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Live meeting pages: a server-sent event stream per meeting that says which part changed ("agenda",
/// "notes", "meeting"), never what; the page then fetches that part again with the viewer's own rights.
/// </summary>
public static class MeetingLive
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);
    /// <summary>A stream ends after this; the browser reconnects and its rights are checked again.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static IEndpointRouteBuilder MapMeetingLive(this IEndpointRouteBuilder app)
    {
        app.MapGet("/one-on-ones/meetings/{id:guid}/events", OpenAsync)
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        app.MapMeetingFragments();
        return app;
    }

    private static async Task<IResult> OpenAsync(Guid id, HttpContext http, CurrentUser me, OneOnOneAccess access, MeetingEvents events,
        LiveStreams streams, TimeProvider time, CancellationToken ct)
    {
        if (await access.MeetingAsync(id, ct) is null) return TypedResults.NotFound();
        if (streams.TryOpen(me.PersonId) is not { } slot)
            return new TooManyRequestsProblem($"You have {streams.PerPerson} live meeting pages open already. Close one, or reload this page later.",
                "Too many live pages") { RetryAfter = TimeSpan.FromMinutes(1) };
        // Given back when the request ends, however it ends (the stream may never start).
        http.Response.RegisterForDispose(slot);
        return TypedResults.ServerSentEvents(StreamAsync(id, events, time, ct));
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(Guid meetingId, MeetingEvents events, TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
    {
        // The subscription has its own token: when the stream ends on its own (lifetime over), the pending read
        // must end too before the subscription can be disposed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var changes = events.SubscribeAsync(meetingId, stop.Token).GetAsyncEnumerator(stop.Token);
        // Subscribed before "ready" is sent, so nothing saved after the page heard "ready" is missed.
        var next = changes.MoveNextAsync().AsTask();
        try
        {
            yield return new SseItem<string>("subscribed", "ready");
            var ends = time.GetUtcNow() + Lifetime;
            while (!ct.IsCancellationRequested && time.GetUtcNow() < ends)
            {
                var first = await Task.WhenAny(next, Task.Delay(KeepAlive, time, ct));
                if (first != next)
                {
                    if (ct.IsCancellationRequested) yield break;
                    yield return new SseItem<string>("", "ping");
                    continue;
                }
                if (!await ChangedAsync(next)) yield break;
                yield return new SseItem<string>(changes.Current.ToString().ToLowerInvariant(), "changed");
                next = changes.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            // A client that goes away is the normal end of a stream. An async iterator cannot be disposed while a
            // MoveNextAsync is pending (NotSupportedException): cancel the read, let it finish, then dispose.
            await stop.CancelAsync();
            await ChangedAsync(next);
            await changes.DisposeAsync();
        }
    }

    /// <summary>Whether the read produced a change; a cancelled read is no change and no error.</summary>
    private static async Task<bool> ChangedAsync(Task<bool> read)
    {
        try
        {
            return await read;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>
/// Open live streams per person (<c>RateLimits:LiveStreamsPerPerson</c>, default 10), per instance: each holds a
/// connection and a subscription for up to ten minutes, so one account must not open them by the thousand.
/// </summary>
public sealed class LiveStreams(IConfiguration configuration) : IDisposable
{
    public int PerPerson { get; } = configuration.GetValue("RateLimits:LiveStreamsPerPerson", 10);

    private readonly PartitionedRateLimiter<Guid> _open = PartitionedRateLimiter.Create<Guid, Guid>(person =>
        RateLimitPartition.GetConcurrencyLimiter(person, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimits:LiveStreamsPerPerson", 10), QueueLimit = 0,
        }));

    /// <summary>A slot to dispose when the stream ends, or null when the person has <see cref="PerPerson"/> open.</summary>
    public IDisposable? TryOpen(Guid personId)
    {
        var lease = _open.AttemptAcquire(personId);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        return null;
    }

    public void Dispose() => _open.Dispose();
}
