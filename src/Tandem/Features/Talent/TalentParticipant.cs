using Tandem.Data;

namespace Tandem.Features.Talent;

/// <summary>Someone HR invited into a talent review: they read and assess its key roles, and nothing else of talent.</summary>
public sealed class TalentParticipant : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ReviewId { get; set; }
    public Guid PersonId { get; set; }
}
