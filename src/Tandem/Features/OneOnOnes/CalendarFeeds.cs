using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Features.People;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// A person's 1:1s as an iCalendar feed (RFC 5545) at a secret address that calendar apps can subscribe to
/// without signing in. Only the token's hash is stored; making a new address ends the old one at once.
/// </summary>
public sealed class CalendarFeeds(TandemDb db, CurrentUser me, PublicUrl urls, AuditService audit, TimeProvider time)
{
    public const string PathPrefix = "/calendar/";

    /// <summary>Whether the signed-in person has a feed (its address is shown only when made).</summary>
    public Task<bool> ExistsAsync(CancellationToken ct) => db.CalendarFeeds.AnyAsync(f => f.PersonId == me.PersonId, ct);

    /// <summary>Makes a new secret address for the signed-in person; any earlier one stops working.</summary>
    public async Task<CalendarFeedInfo> RegenerateAsync(CancellationToken ct)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.PersonId == me.PersonId, ct);
        if (feed is null) db.CalendarFeeds.Add(new CalendarFeed { PersonId = me.PersonId, TokenHash = AccessTokenHandler.Hash(token), CreatedAt = time.GetUtcNow() });
        else
        {
            feed.TokenHash = AccessTokenHandler.Hash(token);
            feed.CreatedAt = time.GetUtcNow();
        }
        audit.Add("calendar-feed.regenerated", me.PersonId);
        await db.SaveChangesAsync(ct);
        return new CalendarFeedInfo(urls.For($"{PathPrefix}{token}.ics"));
    }

    /// <summary>The feed for a token, or null for an unknown or replaced one. Runs without a signed-in user.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100) return null;
        var hash = AccessTokenHandler.Hash(token);
        var feed = await db.CalendarFeeds.IgnoreQueryFilters([TandemDb.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(f => f.TokenHash == hash, ct);
        if (feed is null) return null;
        using var tenant = db.ActAs(feed.OrganizationId);
        // Someone who has left keeps no window into the calendar of the people they used to meet.
        if (!await db.People.AnyAsync(p => p.Id == feed.PersonId && p.Status != PersonStatus.Left, ct)) return null;
        var person = feed.PersonId;
        var since = time.GetUtcNow().AddDays(-90);
        var meetings = await db.Meetings.AsNoTracking()
            .Join(db.OneOnOneSeries.Where(s => s.LeadId == person || s.PartnerId == person), m => m.SeriesId, s => s.Id, (m, s) => new { m, s })
            .Where(x => x.m.StartsAt > since)
            .OrderBy(x => x.m.StartsAt)
            .Select(x => new
            {
                x.m.Id, x.m.StartsAt, x.m.DurationMinutes, x.m.Status, x.s.VideoLink, x.m.RescheduledFrom,
                Other = db.People.Where(p => p.Id == (x.s.LeadId == person ? x.s.PartnerId : x.s.LeadId)).Select(p => p.Name).First(),
            })
            .Take(500)
            .ToListAsync(ct);
        // Titles and times only: agendas and notes never leave Tandem through a feed anyone with the link can read.
        var events = meetings.Select(m => new CalendarEvent(m.Id, m.StartsAt, m.StartsAt.AddMinutes(m.DurationMinutes), $"1:1 with {m.Other}",
            m.VideoLink is null ? "Agenda and notes in Tandem." : $"Join: {m.VideoLink}\nAgenda and notes in Tandem.",
            urls.For($"/one-on-ones/meetings/{m.Id}"), m.Status == MeetingStatus.Cancelled,
            (m.RescheduledFrom is null ? 0 : 1) + (m.Status == MeetingStatus.Cancelled ? 1 : 0)));
        return ICalendar.Write("Tandem 1:1s", events, time.GetUtcNow());
    }
}
