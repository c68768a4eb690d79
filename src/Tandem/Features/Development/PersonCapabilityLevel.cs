using Tandem.Data;

namespace Tandem.Features.Development;

/// <summary>
/// One row per person and capability that their role requires or that was assessed: the current level (manager's
/// view, else their own), what the role needs now and later, and the gaps — kept up to date on every assessment
/// and role profile change, so team heatmaps and the organisation view read small, indexed rows instead of
/// recomputing every assessment (see docs/decisions/008).
/// </summary>
public sealed class PersonCapabilityLevel : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid PersonId { get; set; }
    public Guid CapabilityId { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? ProfileId { get; set; }
    public int? Current { get; set; }
    public int? RequiredNow { get; set; }
    public int? RequiredFuture { get; set; }
    public int? GapNow { get; set; }
    public int? GapFuture { get; set; }
}
