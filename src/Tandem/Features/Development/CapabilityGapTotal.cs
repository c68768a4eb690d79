using Tandem.Data;

namespace Tandem.Features.Development;

/// <summary>
/// Running totals of <see cref="PersonCapabilityLevel"/> per capability, department and role profile (Guid.Empty
/// for none), kept by the same refresh with atomic increments: the organisation view sums a few thousand rows.
/// </summary>
public sealed class CapabilityGapTotal : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid CapabilityId { get; set; }
    public Guid DepartmentKey { get; set; }
    public Guid ProfileKey { get; set; }
    public int Assessed { get; set; }
    public int ShortNow { get; set; }
    public int ShortLater { get; set; }
    public int SumLater { get; set; }
}
