using Tandem.Data;

namespace Tandem.Features.Improvement;

/// <summary>
/// A performance improvement plan: clear expectations, each written as a goal of the person's (private, due at the plan's
/// end), the support the company gives, checkpoints, and an outcome with its date. Read by the person, their manager
/// chain and HR admins (an HR read outside their own line is audited); written by the person's manager and HR.
/// </summary>
public sealed class ImprovementPlan : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>Who set it up: the person's manager, or an HR admin.</summary>
    public Guid AuthorId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public PlanExpectations Expectations { get; set; } = new();
    public required string Support { get; set; }
    /// <summary>None while the plan runs.</summary>
    public PlanOutcome? Outcome { get; set; }
    public DateOnly? OutcomeOn { get; set; }
    public string? OutcomeNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>The plan's expectations, stored together as JSON; each points to the goal written for it.</summary>
public sealed class PlanExpectations
{
    public List<Expectation> Items { get; set; } = [];
}

/// <summary>One expectation: what is expected, how it will be seen, and the person's goal that carries it.</summary>
public sealed record Expectation(string Text, string? Measure, Guid GoalId);

public enum PlanOutcome
{
    /// <summary>The expectations were met: the plan ends well.</summary>
    Successful,
    /// <summary>More time: the plan goes on to a later end date.</summary>
    Extended,
    /// <summary>The plan ends without the expectations met.</summary>
    Ended,
}
