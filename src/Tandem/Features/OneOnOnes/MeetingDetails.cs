using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

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
