using Tandem.Features.People;

namespace Tandem.Features.Feedback;

/// <summary>A request as its requester sees it: who was asked and who answered.</summary>
public sealed record RequestInfo(Guid Id, PersonRef Requester, PersonRef Subject, string Prompts, DateOnly DueDate, DateTimeOffset At,
    IReadOnlyList<RecipientStatus> Recipients);
