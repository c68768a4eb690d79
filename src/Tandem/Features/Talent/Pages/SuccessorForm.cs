namespace Tandem.Features.Talent.Pages;

/// <summary>A nomination as its forms post it: who (typed, when nominating), how ready, their flight risk, notes.</summary>
public sealed class SuccessorForm
{
    public string? Person { get; set; }
    public Guid? PersonChoice { get; set; }
    /// <summary>None until chosen: the form preselects no readiness.</summary>
    public Readiness? Readiness { get; set; }
    public Level? FlightRisk { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }
}
