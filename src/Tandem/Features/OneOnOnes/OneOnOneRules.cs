namespace Tandem.Features.OneOnOnes;

/// <summary>Limits and defaults of 1:1s, shared by the service, the forms and the EF configuration.</summary>
public static class OneOnOneRules
{
    public const int TopicMax = 500;
    public const int NotesMax = 20_000;
    public const int ReasonMax = 500;
    public const int WrapUpMax = 1_000;
    public const int SectionMax = 80;
    public const int LinkMax = 500;
    public const int QuestionMax = 300;
    public const int DurationMin = 5;
    public const int DurationMax = 8 * 60;
    public const int SectionsMax = 12;
    /// <summary>How far ahead occurrences are planned.</summary>
    public static readonly TimeSpan PlanAhead = TimeSpan.FromDays(42);
    /// <summary>How many of the pair's last meetings the question bank avoids repeating from, and metrics look at.</summary>
    public const int RecentMeetings = 6;
    /// <summary>A meeting can be marked held from this long before it starts (a pair that met early moves it first).</summary>
    public static readonly TimeSpan HoldFrom = TimeSpan.FromHours(12);

    /// <summary>From when a meeting that starts then can be marked held.</summary>
    public static DateTimeOffset HoldableFrom(DateTimeOffset startsAt) => startsAt - HoldFrom;

    /// <summary>Tandem's default agenda: what a good 1:1 usually covers, with suggested minutes.</summary>
    public static readonly IReadOnlyList<SectionInfo> DefaultSections =
    [
        new("Wins since last time", 5, "What went well, big or small? Progress worth naming."),
        new("Problems and roadblocks", 10, "What is slowing you down or worrying you?"),
        new("Development focus", 10, "What are you learning or want to grow in? How is the plan moving?"),
        new("Help needed", 5, "What would help from the other person, or from others?"),
    ];

    public const string DefaultTemplateName = "Tandem default";
}

/// <summary>A section of an agenda: its title, suggested minutes and a prompt.</summary>
public sealed record SectionInfo(string Title, int Minutes, string? Prompt);
