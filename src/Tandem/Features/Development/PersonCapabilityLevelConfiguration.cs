using Microsoft.EntityFrameworkCore;

namespace Tandem.Features.Development;

internal sealed class PersonCapabilityLevelConfiguration : IEntityTypeConfiguration<PersonCapabilityLevel>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<PersonCapabilityLevel> entity)
    {
        entity.HasKey(x => new { x.OrganizationId, x.PersonId, x.CapabilityId });
        // The organisation view: per capability, optionally per department or role, counting gaps (covering).
        entity.HasIndex(x => new { x.OrganizationId, x.CapabilityId, x.GapFuture, x.GapNow });
        entity.HasIndex(x => new { x.OrganizationId, x.DepartmentId, x.CapabilityId, x.GapFuture, x.GapNow });
        entity.HasIndex(x => new { x.OrganizationId, x.ProfileId, x.CapabilityId, x.GapFuture, x.GapNow });
    }
}
