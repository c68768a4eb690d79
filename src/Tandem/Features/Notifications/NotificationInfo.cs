namespace Tandem.Features.Notifications;

/// <summary>A notice as its recipient sees it.</summary>
public sealed record NotificationInfo(Guid Id, string Text, string Link, DateTimeOffset At, bool Read);
