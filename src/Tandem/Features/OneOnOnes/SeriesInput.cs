namespace Tandem.Features.OneOnOnes;

/// <summary>Set up a 1:1 series with someone. Times are the wall clock in <see cref="TimeZone"/> (default: yours).</summary>
/// <param name="WithPersonId">The other person.</param>
/// <param name="WeekOfMonth">Monthly only: 1–4, or -1 for the last such weekday.</param>
/// <param name="IAmLead">For a pair outside a reporting line: whether you are the mentor (default yes).</param>
public sealed record SeriesInput(
    Guid WithPersonId,
    Cadence Cadence,
    DayOfWeek Weekday,
    TimeOnly LocalTime,
    int DurationMinutes = 30,
    string? TimeZone = null,
    int? WeekOfMonth = null,
    string? VideoLink = null,
    Guid? TemplateId = null,
    DateOnly? StartDate = null,
    bool? IAmLead = null);
