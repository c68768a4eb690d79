namespace Tandem.Features.OneOnOnes;

/// <summary>Change a series' schedule, length, link or template. Send the version you read.</summary>
public sealed record SeriesUpdate(Cadence Cadence, DayOfWeek Weekday, TimeOnly LocalTime, int DurationMinutes, string TimeZone,
    int? WeekOfMonth, string? VideoLink, Guid? TemplateId, long Version);
