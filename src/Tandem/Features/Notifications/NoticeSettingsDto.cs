namespace Tandem.Features.Notifications;

/// <summary>A person's notice settings: how each kind reaches them, and their quiet hours on their own clock.</summary>
public sealed record NoticeSettingsDto(IReadOnlyList<NoticeKindSetting> Kinds, QuietHoursDto? QuietHours, string TimeZone);

/// <summary>One kind for one person: their choice (none: the organisation's default holds), that default, and what applies.</summary>
public sealed record NoticeKindSetting(NoticeKind Kind, string Label, string Description, NoticeDelivery? Chosen, NoticeDelivery OrganizationDefault,
    NoticeDelivery Delivery);

/// <summary>Quiet hours, local times; over midnight when <paramref name="Until"/> is earlier than <paramref name="From"/>.</summary>
public sealed record QuietHoursDto(TimeOnly From, TimeOnly Until);

/// <summary>The whole of a person's settings: kinds left out (or with no delivery) follow the organisation's default.</summary>
public sealed record NoticeSettingsInput(IReadOnlyList<KindDelivery>? Kinds, QuietHoursDto? QuietHours);

/// <summary>A delivery for one kind; none means the default.</summary>
public sealed record KindDelivery(NoticeKind Kind, NoticeDelivery? Delivery);

/// <summary>The organisation's default for one kind (none: Tandem's), Tandem's own, and what applies.</summary>
public sealed record NoticeKindDefault(NoticeKind Kind, string Label, string Description, NoticeDelivery? Chosen, NoticeDelivery TandemDefault,
    NoticeDelivery Delivery);

/// <summary>The organisation's defaults, all of them: kinds left out (or with no delivery) take Tandem's.</summary>
public sealed record NoticeDefaultsInput(IReadOnlyList<KindDelivery>? Kinds);
