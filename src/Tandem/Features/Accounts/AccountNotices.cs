using System.Globalization;
using Tandem.Data;
using Tandem.Features.Notifications;

namespace Tandem.Features.Accounts;

/// <summary>
/// The emails about a person's account: a password reset link, and the alerts (a sign-in from a new browser, an
/// account paused after failed sign-ins, a changed password). They are notices of kinds nobody turns off, emailed at
/// once, written in the person's organisation from requests that may have no signed-in user.
/// </summary>
public static class AccountNotices
{
    /// <summary>Adds the notice to the unit of work; the caller saves. A secret link is sealed for the email alone, and the notice is then read.</summary>
    public static void Add(TandemDb db, TimeProvider time, Guid organizationId, Guid personId, NoticeKind kind, string text, string link, string? sealedLink = null)
    {
        var notice = NoticeRouting.Always(kind).New(time, time.GetUtcNow(), personId, text, link);
        notice.OrganizationId = organizationId;
        notice.EmailLink = sealedLink;
        if (sealedLink is not null) notice.ReadAt = notice.CreatedAt;
        db.Notifications.Add(notice);
    }

    /// <summary>"7 Dec, 15:02 UTC" on the person's clock.</summary>
    public static string When(DateTimeOffset at, string timeZone)
    {
        var zone = TimeZones.FindOrUtc(timeZone);
        return $"{TimeZones.InZone(at, zone).ToString("d MMM, HH:mm", CultureInfo.InvariantCulture)} ({TimeZones.Label(timeZone)})";
    }
}
