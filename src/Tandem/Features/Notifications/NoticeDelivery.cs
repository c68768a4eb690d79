namespace Tandem.Features.Notifications;

/// <summary>
/// How a kind of notice reaches a person: in the app only, also by email at once, gathered in a daily or weekly digest
/// email, or off (kept in the notices, never counted unread nor emailed: nothing is lost). Stored by name.
/// </summary>
public enum NoticeDelivery
{
    InApp,
    Email,
    DailyDigest,
    WeeklyDigest,
    Off,
}
