using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

/// <summary>A next step: who promised it, by when, whether it is done (and on time), and whether the wrap-up wrote it.</summary>
public sealed record CommitmentInfo(Guid Id, string Text, PersonRef Owner, DateOnly DueDate, DateTimeOffset? DoneAt, Guid MeetingId,
    bool Carried, CommitmentState State, bool FromWrapUp);
