using System.Globalization;
using System.Text;

namespace Tandem.Features.OneOnOnes;

/// <summary>Writes an RFC 5545 iCalendar feed (the .ics that calendar apps subscribe to).</summary>
public static class ICalendar
{
    private const int MaxLineOctets = 75;
    private const string Crlf = "\r\n";

    /// <summary>A complete VCALENDAR with one VEVENT per event, all times in UTC, stamped with <paramref name="stamp"/>.</summary>
    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(events);

        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Tandem//Tandem 1:1s//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + EscapeText(calendarName));
        var dtstamp = UtcBasic(stamp);
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (e.End <= e.Start)
                throw new ArgumentException($"Event {e.Id} ends at or before it starts; RFC 5545 requires DTEND after DTSTART.", nameof(events));
            if (e.Sequence < 0)
                throw new ArgumentException($"Event {e.Id} has a negative SEQUENCE.", nameof(events));

            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + e.Id.ToString("D", CultureInfo.InvariantCulture) + "@tandem");
            Line(ics, "DTSTAMP:" + dtstamp);
            Line(ics, "DTSTART:" + UtcBasic(e.Start));
            Line(ics, "DTEND:" + UtcBasic(e.End));
            Line(ics, "SUMMARY:" + EscapeText(e.Summary ?? ""));
            if (e.Description is not null) Line(ics, "DESCRIPTION:" + EscapeText(e.Description));
            // URL is a URI value, not TEXT: it is not backslash-escaped, but a stray line break would start a new property.
            if (!string.IsNullOrEmpty(e.Url)) Line(ics, "URL:" + WithoutControls(e.Url));
            Line(ics, "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
            Line(ics, "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string UtcBasic(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11 TEXT escaping; any line break becomes the two characters \n.</summary>
    private static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\n': escaped.Append(@"\n"); break;
                // TEXT allows no control characters but tab; dropping them beats emitting a feed clients reject.
                case '\t': escaped.Append(c); break;
                default:
                    if (!char.IsControl(c)) escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    private static string WithoutControls(string value) =>
        string.Concat(value.Where(c => !char.IsControl(c)));

    /// <summary>
    /// Appends a content line folded at 75 UTF-8 octets. Folding goes by whole code points so a multi-byte character
    /// (or an emoji's surrogate pair) is never split; each continuation starts with one space, which counts.
    /// </summary>
    private static void Line(StringBuilder ics, string line)
    {
        Span<char> utf16 = stackalloc char[2];
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                ics.Append(Crlf).Append(' ');
                octets = 1;
            }
            ics.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += size;
        }
        ics.Append(Crlf);
    }
}

/// <summary>One meeting in a calendar feed; <paramref name="Sequence"/> goes up each time the meeting changes so clients replace their copy.</summary>
public sealed record CalendarEvent(Guid Id, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Description, string? Url, bool Cancelled, int Sequence);
