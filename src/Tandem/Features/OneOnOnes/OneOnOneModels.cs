using Tandem.Features.People;

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

/// <summary>Change a series' schedule, length, link or template. Send the version you read.</summary>
public sealed record SeriesUpdate(Cadence Cadence, DayOfWeek Weekday, TimeOnly LocalTime, int DurationMinutes, string TimeZone,
    int? WeekOfMonth, string? VideoLink, Guid? TemplateId, long Version);

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

/// <summary>A meeting in a list.</summary>
public sealed record MeetingRef(Guid Id, DateTimeOffset StartsAt, int DurationMinutes, MeetingStatus Status);

/// <summary>An agenda topic. <see cref="IsPrivate"/> topics are only ever shown to their author.</summary>
public sealed record AgendaItemInfo(Guid Id, string Section, string Text, PersonRef Author, bool IsPrivate, int Position, bool Discussed,
    int TimesCarried, bool Mine);

/// <summary>A next step: who promised it, by when, and whether it is done (and on time).</summary>
public sealed record CommitmentInfo(Guid Id, string Text, PersonRef Owner, DateOnly DueDate, DateTimeOffset? DoneAt, Guid MeetingId,
    bool Carried, CommitmentState State);

public enum CommitmentState
{
    Open,
    Overdue,
    DoneOnTime,
    DoneLate,
}

/// <summary>A section of this meeting's agenda with its topics.</summary>
public sealed record AgendaSection(string Title, int Minutes, string? Prompt, IReadOnlyList<AgendaItemInfo> Items);

/// <summary>A suggested coaching question.</summary>
public sealed record QuestionInfo(string Key, QuestionGroup Group, string Text);

/// <summary>Everything a meeting page shows the signed-in participant.</summary>
public sealed record MeetingDetails(
    Guid Id,
    SeriesInfo Series,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    MeetingStatus Status,
    DateTimeOffset? RescheduledFrom,
    string? ChangedBy,
    string? ChangeReason,
    IReadOnlyList<AgendaSection> Agenda,
    long AgendaVersion,
    string? SharedNotes,
    long NotesVersion,
    string? PrivateNote,
    IReadOnlyList<CommitmentInfo> Commitments,
    WrapUpInput WrapUp,
    IReadOnlyList<QuestionInfo> SuggestedQuestions,
    IReadOnlyList<QuestionInfo> AskedHere,
    int? MyRating,
    MeetingRef? Previous,
    MeetingRef? Next,
    bool IsLead,
    string OtherTimeZone,
    Development.DevelopmentFocus? Focus = null)
{
    public PersonRef Other => IsLead ? Series.Partner : Series.Lead;
    public bool IsOpen => Status != MeetingStatus.Cancelled;
}

/// <summary>Add a topic to a meeting's agenda, in one of its sections; private topics are yours alone.</summary>
public sealed record TopicInput(string Text, string? Section = null, bool IsPrivate = false);

/// <summary>Change a topic's text, mark it discussed, or move it (up: -1, down: +1).</summary>
public sealed record TopicUpdate(string? Text = null, bool? Discussed = null, int? Move = null);

/// <summary>Save the shared notes. Send the version you started from: a newer one answers 409 with both versions.</summary>
public sealed record NotesInput(string? Text, long Version);

/// <summary>Your private note on a meeting.</summary>
public sealed record PrivateNoteInput(string? Text);

/// <summary>A next step: what, who (one of the pair), by when (default: the next meeting).</summary>
public sealed record CommitmentInput(string Text, Guid? OwnerId = null, DateOnly? DueDate = null);

/// <summary>Mark a next step done or not done.</summary>
public sealed record CommitmentDone(bool Done);

/// <summary>The wrap-up: make the next steps concrete. "Work on" and "lead will" also become next steps.</summary>
public sealed record WrapUpInput(string? WorkOn = null, string? Resources = null, string? SuccessLooksLike = null, string? LeadWill = null,
    DateOnly? Checkpoint = null, string? Obstacles = null, string? Celebrate = null);

/// <summary>Move a meeting to another time (your local time is not assumed: send an instant with its offset).</summary>
public sealed record RescheduleInput(DateTimeOffset StartsAt, string? Reason);

/// <summary>Cancel a meeting, saying why. Its topics move to the next meeting.</summary>
public sealed record CancelInput(string? Reason);

/// <summary>Was this meeting useful, 1 (not at all) to 5 (very)? Private: only aggregates are ever shown.</summary>
public sealed record RatingInput(int Score);

/// <summary>Log that a coaching question was asked in a meeting.</summary>
public sealed record AskInput(string Key);

/// <summary>A person's secret calendar feed address (shown once after it is made).</summary>
public sealed record CalendarFeedInfo(string Url);

/// <summary>What a person's profile shows about 1:1s: the viewer's own series with them, and their numbers as a lead.</summary>
public sealed record ProfileOneOnOnesData(SeriesInfo? Shared, CadenceAdherence? Cadence, RatingSummary? Ratings);
