using Tandem.Data;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// A recurring 1:1 between two people: usually a manager and a report, or a mentor and a mentee. The lead
/// (<see cref="LeadId"/>) is the manager or mentor; the two-way index measures what the other person brings.
/// </summary>
public sealed class OneOnOneSeries : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    /// <summary>The manager or mentor.</summary>
    public Guid LeadId { get; set; }
    /// <summary>The report or mentee: the person the conversation is for.</summary>
    public Guid PartnerId { get; set; }
    public PairKind Kind { get; set; }
    public Cadence Cadence { get; set; }
    public DayOfWeek Weekday { get; set; }
    /// <summary>Monthly series: the 1st–4th weekday of the month, or -1 for the last.</summary>
    public int WeekOfMonth { get; set; } = 1;
    /// <summary>Wall-clock start in <see cref="TimeZone"/>; kept across daylight-saving changes.</summary>
    public TimeOnly LocalTime { get; set; }
    /// <summary>IANA time zone the series is planned in (usually the lead's).</summary>
    public required string TimeZone { get; set; }
    public int DurationMinutes { get; set; } = 30;
    public string? VideoLink { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>The agenda template; null uses Tandem's default sections.</summary>
    public Guid? TemplateId { get; set; }
    /// <summary>When the pair stopped meeting; no new occurrences are planned after it.</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public RecurrenceRule Rule => new(Cadence, Weekday, WeekOfMonth, LocalTime, TimeZone, StartDate);

    public bool Includes(Guid personId) => personId == LeadId || personId == PartnerId;

    public Guid Other(Guid personId) => personId == LeadId ? PartnerId : LeadId;
}

public enum PairKind
{
    /// <summary>A manager and a direct report.</summary>
    Reporting,
    /// <summary>Any two people: mentor and mentee, peers, skip-levels.</summary>
    Mentoring,
}

/// <summary>One occurrence of a series.</summary>
public sealed class Meeting : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SeriesId { get; set; }
    /// <summary>The planned local date in the series' zone: one occurrence per date and series.</summary>
    public DateOnly OccursOn { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>Shared notes, Markdown.</summary>
    public string? SharedNotes { get; set; }
    /// <summary>Bumped on every save of the notes; a save from an older version is a conflict.</summary>
    public long NotesVersion { get; set; }
    public Guid? NotesEditedById { get; set; }
    /// <summary>The planned start before a reschedule.</summary>
    public DateTimeOffset? RescheduledFrom { get; set; }
    /// <summary>Who held, rescheduled or cancelled the meeting, and why (reschedule, cancel).</summary>
    public Guid? ChangedById { get; set; }
    public string? ChangeReason { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
    /// <summary>When both people were reminded of it, the day before (<see cref="MeetingReminders"/>).</summary>
    public DateTimeOffset? RemindedAt { get; set; }
    /// <summary>Bumped on every change of the agenda, so open pages can tell they are behind.</summary>
    public long AgendaVersion { get; set; }
    /// <summary>Saves of the shared notes by each side: half of the two-way index.</summary>
    public int LeadNoteEdits { get; set; }
    public int PartnerNoteEdits { get; set; }
    public WrapUp WrapUp { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>How the pair made the next steps concrete at the end of a meeting.</summary>
public sealed class WrapUp
{
    /// <summary>What the report will work on.</summary>
    public string? WorkOn { get; set; }
    public string? Resources { get; set; }
    /// <summary>How success will be recognised.</summary>
    public string? SuccessLooksLike { get; set; }
    /// <summary>What the manager (or mentor) will do.</summary>
    public string? LeadWill { get; set; }
    public DateOnly? Checkpoint { get; set; }
    /// <summary>What might get in the way.</summary>
    public string? Obstacles { get; set; }
    /// <summary>How progress will be celebrated.</summary>
    public string? Celebrate { get; set; }

    public bool IsEmpty => WorkOn is null && Resources is null && SuccessLooksLike is null && LeadWill is null
                           && Checkpoint is null && Obstacles is null && Celebrate is null;
}

/// <summary>A topic on a meeting's agenda. Private talking points are read by their author alone.</summary>
public sealed class AgendaItem : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SeriesId { get; set; }
    public Guid MeetingId { get; set; }
    /// <summary>The template section it sits in, by title.</summary>
    public required string Section { get; set; }
    public required string Text { get; set; }
    public Guid AuthorId { get; set; }
    public bool IsPrivate { get; set; }
    public int Position { get; set; }
    public bool Discussed { get; set; }
    /// <summary>How many meetings this topic has been carried over from, undiscussed.</summary>
    public int TimesCarried { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A person's own note on a meeting: nobody else reads it, not the other person, not admins.</summary>
public sealed class PrivateNote : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid AuthorId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A next step one of the pair promised: it stays on every meeting's agenda until done.</summary>
public sealed class Commitment : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SeriesId { get; set; }
    /// <summary>The meeting where it was agreed.</summary>
    public Guid MeetingId { get; set; }
    public required string Text { get; set; }
    public Guid OwnerId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    /// <summary>When both people heard it was overdue (<see cref="MeetingReminders"/>); a new due date clears it.</summary>
    public DateTimeOffset? OverdueNoticeAt { get; set; }
    /// <summary>Set when the wrap-up made it ("work-on", "lead-will"), so saving the wrap-up again updates it.</summary>
    public string? Source { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A coaching question asked in a meeting, so the bank suggests others next time.</summary>
public sealed class AskedQuestion : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SeriesId { get; set; }
    public Guid MeetingId { get; set; }
    public required string QuestionKey { get; set; }
    public Guid AskedById { get; set; }
    public DateTimeOffset AskedAt { get; set; }
}

/// <summary>A question an organisation added to the coaching bank.</summary>
public sealed class OrgQuestion : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public QuestionGroup Group { get; set; }
    public required string Text { get; set; }
    public Guid CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>"Was this useful?" from one side of a meeting, 1–5. Shown only as aggregates over the threshold.</summary>
public sealed class MeetingRating : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid SeriesId { get; set; }
    public Guid RaterId { get; set; }
    /// <summary>The series' lead, so ratings aggregate per manager without joins.</summary>
    public Guid LeadId { get; set; }
    public int Score { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A person's secret calendar feed: only a hash of the token is kept.</summary>
public sealed class CalendarFeed : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An agenda template: sections with suggested minutes. Teams and managers keep their own.</summary>
public sealed class MeetingTemplate : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The team it is for; null for the organisation's library.</summary>
    public Guid? TeamId { get; set; }
    /// <summary>The manager who keeps it; null for templates HR admins keep.</summary>
    public Guid? OwnerId { get; set; }
    public List<TemplateSection> Sections { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A section of an agenda template.</summary>
public sealed class TemplateSection : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid TemplateId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public int Minutes { get; set; }
    public string? Prompt { get; set; }
}
