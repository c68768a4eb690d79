using Tandem.Features.People;

namespace Tandem.Features.Feedback;

/// <summary>A request waiting for the signed-in person's answer.</summary>
public sealed record PendingRequest(Guid Id, PersonRef Requester, PersonRef Subject, string Prompts, DateOnly DueDate);
