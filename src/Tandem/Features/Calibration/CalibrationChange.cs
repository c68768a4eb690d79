using Tandem.Data;

namespace Tandem.Features.Calibration;

/// <summary>One change a session made to one person, with who made it, when and why; never changed or deleted.</summary>
public sealed class CalibrationChange : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid EntryId { get; set; }
    public Guid PersonId { get; set; }
    public Guid ById { get; set; }
    public DateTimeOffset At { get; set; }
    public CalibrationField Field { get; set; }
    public int? From { get; set; }
    public int? To { get; set; }
    public required string Reason { get; set; }
    /// <summary>An optional link to what the change rests on (a goal, a piece of feedback, a review).</summary>
    public string? Evidence { get; set; }
}

public enum CalibrationField
{
    Rating,
    Potential,
}
