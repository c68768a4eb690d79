using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

/// <summary>A 1:1 series as either participant sees it.</summary>
public sealed record SeriesInfo(
    Guid Id,
    PersonRef Lead,
    PersonRef Partner,
    PairKind Kind,
    Cadence Cadence,
    DayOfWeek Weekday,
    int WeekOfMonth,
    TimeOnly LocalTime,
    string TimeZone,
    int DurationMinutes,
    string? VideoLink,
    Guid? TemplateId,
    string TemplateName,
    DateOnly StartDate,
    DateTimeOffset? EndedAt,
    long Version,
    MeetingRef? Next,
    MeetingRef? Last,
    int OpenCommitments);
