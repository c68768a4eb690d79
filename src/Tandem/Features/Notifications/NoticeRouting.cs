using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Features.Notifications;

/// <summary>
/// How notices of one kind reach their recipients, decided when they are written: each person's choice, else the
/// organisation's default, else Tandem's (<see cref="NoticeKinds"/>); an email waits for the end of its recipient's
/// quiet hours, and a digest for its morning. Loaded for one recipient, or for the whole organisation when a change
/// notifies many (a cycle opening): the choices of its kind, the quiet hours, and the time zones these need.
/// </summary>
public sealed class NoticeRouting
{
    private readonly NoticeKind _kind;
    private readonly NoticeDelivery _default;
    private readonly Dictionary<Guid, NoticeDelivery> _chosen;
    private readonly Dictionary<Guid, (TimeOnly From, TimeOnly Until)> _quiet;
    private readonly Dictionary<Guid, TimeZoneInfo> _zones;
    private readonly TimeZoneInfo _zone;

    private NoticeRouting(NoticeKind kind, NoticeDelivery fallback, Dictionary<Guid, NoticeDelivery> chosen,
        Dictionary<Guid, (TimeOnly, TimeOnly)> quiet, Dictionary<Guid, TimeZoneInfo> zones, TimeZoneInfo zone)
    {
        _kind = kind;
        _default = fallback;
        _chosen = chosen;
        _quiet = quiet;
        _zones = zones;
        _zone = zone;
    }

    /// <summary>The routing of <paramref name="kind"/> to one person, in one statement.</summary>
    public static async Task<NoticeRouting> ForAsync(TandemDb db, NoticeKind kind, Guid recipient, CancellationToken ct)
    {
        var row = await db.People.Where(p => p.Id == recipient).Select(p => new
        {
            p.TimeZone,
            Chosen = db.NoticePreferences.Where(x => x.PersonId == p.Id && x.Kind == kind).Select(x => (NoticeDelivery?)x.Delivery).FirstOrDefault(),
            Default = db.NoticeDefaults.Where(d => d.Kind == kind).Select(d => (NoticeDelivery?)d.Delivery).FirstOrDefault(),
            Quiet = db.QuietHours.Where(q => q.PersonId == p.Id).Select(q => new { q.From, q.Until }).FirstOrDefault(),
        }).FirstOrDefaultAsync(ct);
        var chosen = row?.Chosen is { } delivery ? new Dictionary<Guid, NoticeDelivery> { [recipient] = delivery } : [];
        var quiet = row?.Quiet is { } hours ? new Dictionary<Guid, (TimeOnly, TimeOnly)> { [recipient] = (hours.From, hours.Until) } : [];
        var zone = TimeZones.FindOrUtc(row?.TimeZone);
        return new NoticeRouting(kind, row?.Default ?? NoticeKinds.Of(kind).Default, chosen, quiet, new() { [recipient] = zone }, zone);
    }

    /// <summary>The routing of a kind nobody chooses the delivery of (an account's own emails): email at once, read from nowhere.</summary>
    public static NoticeRouting Always(NoticeKind kind) => NoticeKinds.Of(kind).Optional
        ? throw new ArgumentException($"{kind} is delivered as people choose: load its routing.", nameof(kind))
        : new NoticeRouting(kind, NoticeDelivery.Email, [], [], [], TimeZoneInfo.Utc);

    /// <summary>The routing of <paramref name="kind"/> to anyone in the organisation, in three or four statements whatever its size.</summary>
    public static async Task<NoticeRouting> ForOrganizationAsync(TandemDb db, NoticeKind kind, CancellationToken ct)
    {
        var fallback = await db.NoticeDefaults.Where(d => d.Kind == kind).Select(d => (NoticeDelivery?)d.Delivery).FirstOrDefaultAsync(ct)
            ?? NoticeKinds.Of(kind).Default;
        var chosen = await db.NoticePreferences.Where(x => x.Kind == kind).ToDictionaryAsync(x => x.PersonId, x => x.Delivery, ct);
        var quiet = await db.QuietHours.ToDictionaryAsync(q => q.PersonId, q => (q.From, q.Until), ct);
        // Time zones matter only for quiet hours and digests: everyone's when the default is a digest, else just those.
        var digests = chosen.Where(c => IsDigest(c.Value)).Select(c => c.Key).Concat(quiet.Keys).ToHashSet();
        var people = IsDigest(fallback) ? db.People : db.People.Where(p => digests.Contains(p.Id));
        var zones = digests.Count == 0 && !IsDigest(fallback) ? []
            : (await people.Select(p => new { p.Id, p.TimeZone }).ToListAsync(ct)).ToDictionary(p => p.Id, p => TimeZones.FindOrUtc(p.TimeZone));
        return new NoticeRouting(kind, fallback, chosen, quiet, zones, TimeZoneInfo.Utc);
    }

    /// <summary>How the notice reaches <paramref name="recipient"/>.</summary>
    public NoticeDelivery DeliveryFor(Guid recipient) => NoticeKinds.Of(_kind).Optional ? _chosen.GetValueOrDefault(recipient, _default) : NoticeDelivery.Email;

    /// <summary>
    /// A notice for <paramref name="recipient"/> (text over the limit cut), with its email waiting for the sender as its
    /// delivery says: at once (after quiet hours), in the next digest, or none; an "off" notice is written already read.
    /// </summary>
    public Notification New(TimeProvider time, DateTimeOffset now, Guid recipient, string text, string link)
    {
        var notice = new Notification
        {
            Id = Ids.New(time), Kind = _kind, RecipientId = recipient, CreatedAt = now, Link = link, Text = NotificationService.Cut(text, NotificationService.TextMax),
        };
        switch (DeliveryFor(recipient))
        {
            case NoticeDelivery.Off:
                notice.ReadAt = now;
                break;
            case NoticeDelivery.Email:
                notice.Email = EmailStatus.Pending;
                notice.EmailDueAt = AfterQuietHours(recipient, now);
                break;
            case NoticeDelivery.DailyDigest or NoticeDelivery.WeeklyDigest:
                notice.Email = EmailStatus.Digest;
                notice.EmailDueAt = AfterQuietHours(recipient, NoticeClock.NextDigest(now, DeliveryFor(recipient), ZoneOf(recipient)));
                break;
        }
        return notice;
    }

    // An account's own emails (a sign-in alert) go at once: they are about what is happening now.
    private DateTimeOffset AfterQuietHours(Guid recipient, DateTimeOffset at) =>
        NoticeKinds.Of(_kind).Optional && _quiet.TryGetValue(recipient, out var hours) ? NoticeClock.AfterQuietHours(at, hours.From, hours.Until, ZoneOf(recipient)) : at;

    private TimeZoneInfo ZoneOf(Guid recipient) => _zones.GetValueOrDefault(recipient, _zone);

    private static bool IsDigest(NoticeDelivery delivery) => delivery is NoticeDelivery.DailyDigest or NoticeDelivery.WeeklyDigest;
}
