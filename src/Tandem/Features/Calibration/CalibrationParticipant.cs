using Tandem.Data;

namespace Tandem.Features.Calibration;

/// <summary>A manager (or anyone) HR invited into a session: they read and adjust its people, and only them.</summary>
public sealed class CalibrationParticipant : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid SessionId { get; set; }
    public Guid PersonId { get; set; }
}
