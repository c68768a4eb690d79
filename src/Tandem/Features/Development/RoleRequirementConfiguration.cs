using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class RoleRequirementConfiguration : IEntityTypeConfiguration<RoleRequirement>
{
    public void Configure(EntityTypeBuilder<RoleRequirement> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.ProfileId, r.CapabilityId });
        entity.HasOne<Capability>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
    }
}
