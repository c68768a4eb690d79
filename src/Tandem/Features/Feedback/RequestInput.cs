namespace Tandem.Features.Feedback;

/// <summary>Ask chosen people for feedback about yourself or (as their manager) a report, by a date.</summary>
/// <param name="SubjectId">Whom the feedback is about: you (default) or one of your direct reports.</param>
public sealed record RequestInput(IReadOnlyList<Guid> RecipientIds, string? Prompts, DateOnly DueDate, Guid? SubjectId = null);
