using System.Text;
using Tandem.Features.OneOnOnes;

namespace Tandem.Tests.OneOnOnes;

/// <summary>The .ics feed against a strict reading of RFC 5545: framing, folding, escaping and required properties.</summary>
public sealed class ICalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid FirstId = Guid.Parse("6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b");
    private static readonly Guid SecondId = Guid.Parse("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9");

    [Fact]
    public void Write_TwoEvents_ParsesStrictlyWithCalendarHeader()
    {
        var ics = ICalendar.Write("Ana ↔ Ben 1:1s", [Meeting(FirstId), Meeting(SecondId) with { Cancelled = true, Sequence = 3 }], Stamp);

        var calendar = ICalendarParser.Calendar(ics);
        Assert.Equal("2.0", calendar["VERSION"]);
        Assert.Equal("-//Tandem//Tandem 1:1s//EN", calendar["PRODID"]);
        Assert.Equal("GREGORIAN", calendar["CALSCALE"]);
        Assert.Equal("PUBLISH", calendar["METHOD"]);
        Assert.Equal("Ana ↔ Ben 1:1s", calendar["X-WR-CALNAME"]);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);

        var events = ICalendarParser.Events(ics);
        Assert.Equal(2, events.Count);
        Assert.Equal("6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b@tandem", events[0]["UID"]);
        Assert.Equal("CONFIRMED", events[0]["STATUS"]);
        Assert.Equal("0", events[0]["SEQUENCE"]);
        Assert.Equal("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9@tandem", events[1]["UID"]);
        Assert.Equal("CANCELLED", events[1]["STATUS"]);
        Assert.Equal("3", events[1]["SEQUENCE"]);
    }

    [Fact]
    public void Write_OffsetTimes_WritesUtcBasicFormat()
    {
        var start = new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.FromHours(1));
        var ics = ICalendar.Write("1:1s", [Meeting(FirstId) with { Start = start, End = start.AddMinutes(30) }], Stamp);

        var e = Assert.Single(ICalendarParser.Events(ics));
        Assert.Equal("20261122T140000Z", e["DTSTART"]);
        Assert.Equal("20261122T143000Z", e["DTEND"]);
        Assert.Equal("20261101T080000Z", e["DTSTAMP"]);
        Assert.Contains("\r\nDTSTART:20261122T140000Z\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SpecialCharacters_EscapesAndRoundTrips()
    {
        const string summary = @"1:1 — Ana, Ben; agenda \ notes";
        const string description = "Line one\nLine two, with a comma; and a semicolon\r\nWindows line\rOld Mac line\\end";
        var ics = ICalendar.Write("Team; A, B", [Meeting(FirstId) with { Summary = summary, Description = description }], Stamp);

        var e = Assert.Single(ICalendarParser.Events(ics));
        Assert.Equal(summary, e["SUMMARY"]);
        Assert.Equal("Line one\nLine two, with a comma; and a semicolon\nWindows line\nOld Mac line\\end", e["DESCRIPTION"]);
        Assert.Equal("Team; A, B", ICalendarParser.Calendar(ics)["X-WR-CALNAME"]);
        Assert.Contains(@"SUMMARY:1:1 — Ana\, Ben\; agenda \\ notes", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongAccentedAndEmojiText_FoldsAt75OctetsWithoutSplittingCharacters()
    {
        var description = string.Concat(Enumerable.Repeat("Réunion très détaillée 🎯 à préparer, naïve façon Ærø 👩🏽‍💻; ", 12));
        var ics = ICalendar.Write("1:1s", [Meeting(FirstId) with { Summary = "Überprüfung 🚀 " + new string('é', 80), Description = description }], Stamp);

        Assert.Contains("\r\n ", ics, StringComparison.Ordinal);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in ics[..^2].Split("\r\n"))
        {
            Assert.InRange(strict.GetByteCount(line), 1, 75);
        }
        var e = Assert.Single(ICalendarParser.Events(ics));
        Assert.Equal(description, e["DESCRIPTION"]);
        Assert.Equal("Überprüfung 🚀 " + new string('é', 80), e["SUMMARY"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Write_FourByteCharactersAtEveryAlignment_NeverSplitsThem(int padding)
    {
        // Shifting the emoji by one octet at a time puts a fold inside each byte position of a 4-octet character.
        var summary = new string('x', padding) + string.Concat(Enumerable.Repeat("🎯", 60));
        var ics = ICalendar.Write("1:1s", [Meeting(FirstId) with { Summary = summary }], Stamp);

        Assert.Equal(summary, Assert.Single(ICalendarParser.Events(ics))["SUMMARY"]);
    }

    [Fact]
    public void Write_OptionalPropertiesNull_LeavesThemOut()
    {
        var ics = ICalendar.Write("1:1s", [Meeting(FirstId) with { Description = null, Url = null }], Stamp);

        var e = Assert.Single(ICalendarParser.Events(ics));
        Assert.False(e.ContainsKey("DESCRIPTION"));
        Assert.False(e.ContainsKey("URL"));
    }

    [Fact]
    public void Write_Url_IsWrittenAsIsAndCannotInjectALine()
    {
        var ics = ICalendar.Write("1:1s", [Meeting(FirstId) with { Url = "https://tandem.example/1on1s/42?tab=notes,agenda\r\nSTATUS:CANCELLED" }], Stamp);

        var e = Assert.Single(ICalendarParser.Events(ics));
        Assert.Equal("https://tandem.example/1on1s/42?tab=notes,agendaSTATUS:CANCELLED", e["URL"]);
        Assert.Equal("CONFIRMED", e["STATUS"]);
    }

    [Fact]
    public void Write_NoEvents_IsAValidEmptyCalendar()
    {
        var ics = ICalendar.Write("1:1s", [], Stamp);

        Assert.Empty(ICalendarParser.Events(ics));
        Assert.Equal("2.0", ICalendarParser.Calendar(ics)["VERSION"]);
    }

    [Fact]
    public void Write_EndNotAfterStart_Throws()
    {
        var meeting = Meeting(FirstId);

        Assert.Throws<ArgumentException>(() => ICalendar.Write("1:1s", [meeting with { End = meeting.Start }], Stamp));
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "CR")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR", "CRLF")]
    [InlineData("BEGIN:VCALENDAR\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "VERSION")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "PRODID")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261101T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "UID")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nUID:b\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261101T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "more than once")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:2026-11-01T08:00:00Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "UTC date-time")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261101T080000Z\r\nEND:VCALENDAR\r\n", "does not close")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261101T080000Z\r\nDTSTART:20261101T080000Z\r\nSUMMARY:a, b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "unescaped")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\n", "after END")]
    [InlineData("VERSION:2.0\r\nBEGIN:VCALENDAR\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "start with")]
    public void Parser_InvalidFeed_ThrowsFormatExceptionNamingTheProblem(string ics, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ICalendarParser.Events(ics));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_LineOver75Octets_Throws()
    {
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + new string('é', 40) + "\r\nEND:VCALENDAR\r\n";

        var error = Assert.Throws<FormatException>(() => ICalendarParser.Events(ics));

        Assert.Contains("octets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_FoldInsideSurrogatePair_Throws()
    {
        var emoji = "🎯";
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:a" + emoji[0] + "\r\n " + emoji[1] + "\r\nEND:VCALENDAR\r\n";

        Assert.Throws<FormatException>(() => ICalendarParser.Events(ics));
    }

    private static CalendarEvent Meeting(Guid id)
    {
        var start = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        return new CalendarEvent(id, start, start.AddMinutes(30), "1:1 Ana / Ben", "Agenda: goals", "https://tandem.example/1on1s/42", Cancelled: false, Sequence: 0);
    }
}
