using System.Globalization;
using System.Text;

namespace Tandem.Tests.OneOnOnes;

/// <summary>
/// A deliberately strict RFC 5545 reader for the feeds Tandem writes: it rejects what a lenient calendar client
/// would quietly repair, so tests catch the mistakes that make stricter clients drop a feed.
/// </summary>
internal static class ICalendarParser
{
    private const int MaxLineOctets = 75;

    // TEXT-valued properties (RFC 5545 §3.3.11): backslash escapes are decoded and raw ',' or ';' are errors.
    private static readonly HashSet<string> TextProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "UID", "PRODID", "X-WR-CALNAME", "X-WR-CALDESC",
    };

    // Tandem writes every date-time in UTC basic form, so that is the only form accepted.
    private static readonly HashSet<string> UtcDateTimeProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "DTSTAMP", "DTSTART", "DTEND", "CREATED", "LAST-MODIFIED",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Each VEVENT's properties by name (case-insensitive), TEXT values unescaped; throws <see cref="FormatException"/> on any violation.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Events(string ics) => Parse(ics).Events;

    /// <summary>The VCALENDAR's own properties (VERSION, PRODID, X-WR-CALNAME…), validated like <see cref="Events"/>.</summary>
    public static IReadOnlyDictionary<string, string> Calendar(string ics) => Parse(ics).Calendar;

    /// <summary>The value as a UTC instant, for DTSTART and friends (already checked to be in <c>yyyyMMddTHHmmssZ</c> form).</summary>
    public static DateTimeOffset Instant(string value) =>
        DateTimeOffset.ParseExact(value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static (Dictionary<string, string> Calendar, List<IReadOnlyDictionary<string, string>> Events) Parse(string ics)
    {
        ArgumentNullException.ThrowIfNull(ics);
        var lines = Unfold(ics);
        if (lines.Count == 0 || !IsLine(lines[0].Text, "BEGIN", "VCALENDAR"))
            throw Error(1, "the feed must start with BEGIN:VCALENDAR");

        var calendar = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var events = new List<IReadOnlyDictionary<string, string>>();
        Dictionary<string, string>? currentEvent = null;
        var stack = new Stack<string>();
        var ended = false;

        foreach (var (number, text) in lines)
        {
            if (ended) throw Error(number, "content after END:VCALENDAR");
            var (name, value) = Split(number, text);

            if (name.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
            {
                var component = value.ToUpperInvariant();
                if (component.Length == 0) throw Error(number, "BEGIN without a component name");
                if (stack.Count == 0 && component != "VCALENDAR") throw Error(number, $"{component} outside VCALENDAR");
                if (stack.Count > 0 && component == "VCALENDAR") throw Error(number, "nested VCALENDAR");
                if (component == "VEVENT")
                {
                    if (stack.Peek() != "VCALENDAR") throw Error(number, $"VEVENT inside {stack.Peek()}");
                    currentEvent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                }
                stack.Push(component);
                continue;
            }

            if (name.Equals("END", StringComparison.OrdinalIgnoreCase))
            {
                var component = value.ToUpperInvariant();
                if (stack.Count == 0 || stack.Peek() != component)
                    throw Error(number, $"END:{value} does not close {(stack.Count == 0 ? "anything" : "BEGIN:" + stack.Peek())}");
                stack.Pop();
                if (component == "VEVENT")
                {
                    RequireOnce(number, currentEvent!, "VEVENT", "UID", "DTSTAMP", "DTSTART");
                    if (currentEvent!.TryGetValue("DTEND", out var end) && Instant(end) <= Instant(currentEvent["DTSTART"]))
                        throw Error(number, "DTEND must be after DTSTART");
                    events.Add(currentEvent);
                    currentEvent = null;
                }
                else if (component == "VCALENDAR")
                {
                    RequireOnce(number, calendar, "VCALENDAR", "VERSION", "PRODID");
                    if (calendar["VERSION"] != "2.0") throw Error(number, $"VERSION must be 2.0, not '{calendar["VERSION"]}'");
                    ended = true;
                }
                continue;
            }

            var target = stack.Peek() switch
            {
                "VCALENDAR" => calendar,
                "VEVENT" => currentEvent!,
                // Properties of nested components (VALARM, VTIMEZONE…) are checked for syntax only.
                _ => null,
            };
            var decoded = Decode(number, name, value);
            if (target is null) continue;
            // Tandem never repeats a property, so a repeat is a bug even where RFC 5545 would allow one.
            if (!target.TryAdd(name, decoded)) throw Error(number, $"{name} appears more than once in {stack.Peek()}");
        }

        if (!ended) throw Error(lines[^1].Number, $"missing END:{(stack.Count > 0 ? stack.Peek() : "VCALENDAR")}");
        return (calendar, events);
    }

    /// <summary>Splits the text on CRLF, checks each physical line, and joins continuation lines onto the line before.</summary>
    private static List<(int Number, string Text)> Unfold(string ics)
    {
        if (!ics.EndsWith("\r\n", StringComparison.Ordinal)) throw new FormatException("iCalendar: the feed must end with CRLF.");

        var physical = ics[..^2].Split("\r\n");
        var logical = new List<(int Number, string Text)>();
        for (var i = 0; i < physical.Length; i++)
        {
            var line = physical[i];
            var number = i + 1;
            if (line.Contains('\r', StringComparison.Ordinal) || line.Contains('\n', StringComparison.Ordinal))
                throw Error(number, "bare CR or LF; every line must end with CRLF");
            byte[] octets;
            try
            {
                octets = StrictUtf8.GetBytes(line);
            }
            catch (EncoderFallbackException)
            {
                throw Error(number, "a character is split across a fold (lone surrogate)");
            }
            if (octets.Length > MaxLineOctets)
                throw Error(number, $"{octets.Length} octets, more than the {MaxLineOctets} allowed before CRLF");
            if (line.Length == 0) throw Error(number, "empty line");

            if (line[0] is ' ' or '\t')
            {
                if (logical.Count == 0) throw Error(number, "continuation line with nothing to continue");
                logical[^1] = (logical[^1].Number, logical[^1].Text + line[1..]);
            }
            else
            {
                logical.Add((number, line));
            }
        }
        return logical;
    }

    /// <summary>Name and value of a content line; parameters are syntax-checked (quoted values may hold ':') and dropped.</summary>
    private static (string Name, string Value) Split(int number, string line)
    {
        var i = 0;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '-')) i++;
        if (i == 0) throw Error(number, $"no property name in '{line}'");
        var name = line[..i].ToUpperInvariant();

        while (i < line.Length && line[i] == ';')
        {
            var quoted = false;
            i++;
            while (i < line.Length && (quoted || (line[i] != ';' && line[i] != ':')))
            {
                if (line[i] == '"') quoted = !quoted;
                i++;
            }
            if (quoted) throw Error(number, $"unterminated quoted parameter in {name}");
        }
        if (i >= line.Length || line[i] != ':') throw Error(number, $"{name} has no ':' before its value");
        return (name, line[(i + 1)..]);
    }

    private static string Decode(int number, string name, string value)
    {
        if (UtcDateTimeProperties.Contains(name))
        {
            if (value.Length != 16 || !DateTimeOffset.TryParseExact(value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                throw Error(number, $"{name} '{value}' is not a UTC date-time like 20261122T140000Z");
            return value;
        }
        return TextProperties.Contains(name) ? Unescape(number, name, value) : value;
    }

    private static string Unescape(int number, string name, string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is ',' or ';') throw Error(number, $"unescaped '{c}' in {name}");
            if (char.IsControl(c) && c != '\t') throw Error(number, $"control character U+{(int)c:X4} in {name}");
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (++i == value.Length) throw Error(number, $"{name} ends with a lone backslash");
            text.Append(value[i] switch
            {
                '\\' => '\\',
                ';' => ';',
                ',' => ',',
                'n' or 'N' => '\n',
                var other => throw Error(number, $"unknown escape '\\{other}' in {name}"),
            });
        }
        return text.ToString();
    }

    private static void RequireOnce(int number, Dictionary<string, string> properties, string component, params string[] names)
    {
        // Duplicates were rejected as they were read, so present means exactly once.
        foreach (var name in names)
        {
            if (!properties.ContainsKey(name)) throw Error(number, $"{component} is missing {name}");
        }
    }

    private static bool IsLine(string line, string name, string value) =>
        line.Equals(name + ":" + value, StringComparison.OrdinalIgnoreCase);

    private static FormatException Error(int line, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"iCalendar line {line}: {message}."));
}
