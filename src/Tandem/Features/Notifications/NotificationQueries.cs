using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Notifications;

/// <summary>The signed-in person's notices, newest first.</summary>
public sealed class NotificationQueries(TandemDb db, NotificationAccess access)
{
    /// <summary>How many unread notices the home page shows.</summary>
    public const int Latest = 20;

    /// <summary>The most unread notices the layout counts: more show as "99+".</summary>
    public const int CountMax = 99;

    /// <summary>
    /// How many unread notices the signed-in person has (theirs alone, as <see cref="NotificationAccess"/>), up to one more
    /// than <see cref="CountMax"/>. On a context of its own: the layout renders beside the page, whose queries use the
    /// request's context at the same time.
    /// </summary>
    public static async Task<int> UnreadCountAsync(IDbContextFactory<TandemDb> contexts, CurrentUser me, CancellationToken ct)
    {
        await using var own = await contexts.CreateDbContextAsync(ct);
        using var tenant = own.ActAs(me.OrganizationId);
        return await own.Notifications.Where(n => n.RecipientId == me.PersonId && n.ReadAt == null).Take(CountMax + 1).CountAsync(ct);
    }

    public Task<List<NotificationInfo>> UnreadAsync(CancellationToken ct) =>
        access.Mine(db.Notifications.AsNoTracking()).Where(n => n.ReadAt == null).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Latest).Select(n => new NotificationInfo(n.Id, n.Text, n.Link, n.CreatedAt, false)).ToListAsync(ct);

    /// <summary>Every notice, read or not (or only unread ones), keyset-paged by (time, id).</summary>
    public async Task<Page<NotificationInfo>> ListAsync(bool unreadOnly, string? after, int? limit, CancellationToken ct)
    {
        var take = Cursor.Limit(limit);
        var notices = access.Mine(db.Notifications.AsNoTracking());
        if (unreadOnly) notices = notices.Where(n => n.ReadAt == null);
        if (Cursor.Decode(after, 2) is [var ticksText, var idText]
            && long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Guid.TryParse(idText, out var id))
        {
            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            notices = notices.Where(n => n.CreatedAt <= at && (n.CreatedAt < at || n.Id < id));
        }
        var rows = await notices.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take + 1)
            .Select(n => new NotificationInfo(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
        return Cursor.ToPage(rows, take, n => Cursor.Encode(n.At.UtcTicks.ToString(CultureInfo.InvariantCulture), n.Id.ToString()));
    }
}
