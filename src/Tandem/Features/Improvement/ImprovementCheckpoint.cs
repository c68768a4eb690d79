using Tandem.Data;

namespace Tandem.Features.Improvement;

/// <summary>
/// A checkpoint of an improvement plan: a date within the plan, optionally held as a 1:1 of the two (linked), the
/// manager's notes on progress, and the person's own comment on it.
/// </summary>
public sealed class ImprovementCheckpoint : ITenantOwned, ITimestamped
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public DateOnly On { get; set; }
    public Guid? MeetingId { get; set; }
    public string? Notes { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset? CommentedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
