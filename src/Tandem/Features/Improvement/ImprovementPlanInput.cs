namespace Tandem.Features.Improvement;

/// <summary>A new plan: its dates, what is expected (each becomes a private goal of the person's), and the support given.</summary>
public sealed record ImprovementPlanInput(DateOnly StartsOn, DateOnly EndsOn, List<ExpectationInput?>? Expectations, string? Support);

public sealed record ExpectationInput(string? Text, string? Measure);

/// <summary>A checkpoint on a date within the plan, optionally a 1:1 of the two (a meeting of their series), with the manager's notes.</summary>
public sealed record CheckpointInput(DateOnly On, Guid? MeetingId, string? Notes);

/// <summary>The person's comment on a checkpoint.</summary>
public sealed record CheckpointCommentInput(string? Comment);

/// <summary>
/// The plan's outcome: successful or ended (the plan closes), or extended to a later end date (it goes on). <see cref="Version"/>
/// is the plan's, so that two people ending it at once can't both succeed.
/// </summary>
public sealed record OutcomeInput(PlanOutcome Outcome, DateOnly On, DateOnly? ExtendTo, string? Note, long Version);

/// <summary>A plan as its readers see it.</summary>
public sealed record PlanDetails(Guid Id, Guid PersonId, string Person, string Author, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<ExpectationDetails> Expectations,
    string Support, PlanOutcome? Outcome, string State, DateOnly? OutcomeOn, string? OutcomeNote, IReadOnlyList<CheckpointDetails> Checkpoints, bool CanWrite, bool CanComment,
    long Version)
{
    public bool IsOpen => Outcome is null or PlanOutcome.Extended;
}

/// <summary>An expectation with its goal's progress (as far as the reader may read the goal).</summary>
public sealed record ExpectationDetails(string Text, string? Measure, Guid GoalId, double? Progress);

public sealed record CheckpointDetails(Guid Id, DateOnly On, Guid? MeetingId, string? Notes, string? Comment, DateTimeOffset? CommentedAt);

/// <summary>A plan in a person's list.</summary>
public sealed record PlanSummary(Guid Id, DateOnly StartsOn, DateOnly EndsOn, PlanOutcome? Outcome, string State, int Expectations, int Checkpoints);
