using System.Globalization;

namespace Tandem.Features.OneOnOnes.Pages;

/// <summary>Meeting times as a person reads them: in their own time zone.</summary>
public static class MeetingTime
{
    public static string Day(DateTimeOffset at, string zone) => Local(at, zone).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset at, string zone) => Local(at, zone).ToString("ddd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>When a meeting is, and whose clock that is: "Tue 8 Dec 2026, 10:00–10:30 London time".</summary>
    public static string Span(DateTimeOffset at, int minutes, string zone) =>
        $"{Local(at, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)}–{Local(at.AddMinutes(minutes), zone).ToString("HH:mm", CultureInfo.InvariantCulture)} {TimeZones.Label(zone)}";

    public static string Schedule(SeriesInfo s)
    {
        var day = CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(s.Weekday);
        var when = s.Cadence switch
        {
            Cadence.Weekly => $"Every {day}",
            Cadence.Biweekly => $"Every other {day}",
            _ => $"The {(s.WeekOfMonth == -1 ? "last" : s.WeekOfMonth switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" })} {day} of the month",
        };
        return $"{when} at {s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {TimeZones.Label(s.TimeZone)}, {s.DurationMinutes} min";
    }

    private static DateTime Local(DateTimeOffset at, string zone) =>
        TimeZones.InZone(at, TimeZones.FindOrUtc(zone));
}
