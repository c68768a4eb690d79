namespace Tandem.Features.OneOnOnes;

/// <summary>Expands a <see cref="RecurrenceRule"/> into local dates and UTC instants, handling daylight-saving gaps and overlaps.</summary>
public static class Recurrence
{
    /// <summary>
    /// The local dates of the series in order, from the first one on or after the rule's start date, that fall on or
    /// after <paramref name="from"/>. Lazy and unbounded: take what you need.
    /// </summary>
    public static IEnumerable<DateOnly> Dates(RecurrenceRule rule, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!Enum.IsDefined(rule.Cadence))
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Cadence, "Unknown cadence.");
        if (!Enum.IsDefined(rule.Weekday))
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Weekday, "Unknown weekday.");
        if (rule.Cadence == Cadence.Monthly && rule.WeekOfMonth is not (>= 1 and <= 4 or -1))
            throw new ArgumentOutOfRangeException(nameof(rule), rule.WeekOfMonth, "A monthly series needs WeekOfMonth 1 to 4, or -1 for the last.");

        // Validation above runs eagerly; the iterator below only starts when enumerated.
        return rule.Cadence == Cadence.Monthly ? MonthlyDates(rule, from) : StepDates(rule, from, rule.Cadence == Cadence.Weekly ? 7 : 14);
    }

    /// <summary>The instant of a local wall-clock time in a zone (<see cref="TimeZones.ToInstant"/>).</summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone) => TimeZones.ToInstant(date, time, zone);

    /// <summary>The next <paramref name="count"/> occurrence instants (UTC offset 0) strictly after <paramref name="after"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Next(RecurrenceRule rule, DateTimeOffset after, int count)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!TimeZones.TryFind(rule.TimeZone, out var zone))
            throw new ArgumentException($"Unknown time zone '{rule.TimeZone}'.", nameof(rule));
        if (count == 0) return [];

        // Start a day early: a gap shift can push an occurrence past midnight, and the local date of `after`
        // may hold an occurrence that is still to come.
        var localDate = DateOnly.FromDateTime(TimeZones.InZone(after, zone));
        var from = localDate == DateOnly.MinValue ? localDate : localDate.AddDays(-1);

        var result = new List<DateTimeOffset>(count);
        foreach (var date in Dates(rule, from))
        {
            var instant = ToInstant(date, rule.LocalTime, zone);
            if (instant <= after) continue;
            result.Add(instant);
            if (result.Count == count) break;
        }
        return result;
    }

    private static IEnumerable<DateOnly> StepDates(RecurrenceRule rule, DateOnly from, int step)
    {
        var first = rule.StartDate.AddDays(DaysUntil(rule.StartDate.DayOfWeek, rule.Weekday));
        var date = first;
        if (from > first)
        {
            // Whole steps from the first date keep a biweekly series on the same weeks whatever `from` is.
            var steps = (from.DayNumber - first.DayNumber + step - 1) / step;
            var dayNumber = first.DayNumber + ((long)steps * step);
            if (dayNumber > DateOnly.MaxValue.DayNumber) yield break;
            date = DateOnly.FromDayNumber((int)dayNumber);
        }

        while (true)
        {
            yield return date;
            if (date.DayNumber > DateOnly.MaxValue.DayNumber - step) yield break;
            date = date.AddDays(step);
        }
    }

    private static IEnumerable<DateOnly> MonthlyDates(RecurrenceRule rule, DateOnly from)
    {
        var earliest = from > rule.StartDate ? from : rule.StartDate;
        var year = earliest.Year;
        var month = earliest.Month;
        while (year <= DateOnly.MaxValue.Year)
        {
            var date = NthWeekday(year, month, rule.Weekday, rule.WeekOfMonth);
            if (date >= earliest) yield return date;
            if (++month > 12)
            {
                month = 1;
                year++;
            }
        }
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            return first.AddDays(DaysUntil(first.DayOfWeek, weekday) + (7 * (n - 1)));
        }
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-DaysUntil(weekday, last.DayOfWeek));
    }

    private static int DaysUntil(DayOfWeek from, DayOfWeek to) => ((int)to - (int)from + 7) % 7;
}

/// <summary>How often a 1:1 series repeats.</summary>
public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
}

/// <summary>
/// A 1:1 series, stated in the organiser's wall-clock time so that it stays at 09:00 local across daylight-saving
/// changes. Monthly means "the Nth weekday of the month": <paramref name="WeekOfMonth"/> 1..4, or -1 for the last
/// one; it is ignored for weekly and biweekly series.
/// </summary>
/// <param name="TimeZone">An IANA zone id such as Europe/Berlin.</param>
public sealed record RecurrenceRule(Cadence Cadence, DayOfWeek Weekday, int WeekOfMonth, TimeOnly LocalTime, string TimeZone, DateOnly StartDate);
