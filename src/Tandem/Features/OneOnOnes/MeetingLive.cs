using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
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
        app.MapGet("/one-on-ones/meetings/{id:guid}/events", async Task<IResult> (Guid id, OneOnOneAccess access, MeetingEvents events, CancellationToken ct) =>
                await access.MeetingAsync(id, ct) is null ? TypedResults.NotFound() : TypedResults.ServerSentEvents(StreamAsync(id, events, ct)))
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();
        app.MapMeetingFragments();
        return app;
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(Guid meetingId, MeetingEvents events, [EnumeratorCancellation] CancellationToken ct)
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
            var ends = DateTime.UtcNow + Lifetime;
            while (!ct.IsCancellationRequested && DateTime.UtcNow < ends)
            {
                var first = await Task.WhenAny(next, Task.Delay(KeepAlive, ct));
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
