using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class CapabilityCategoryConfiguration : IEntityTypeConfiguration<CapabilityCategory>
{
    public void Configure(EntityTypeBuilder<CapabilityCategory> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.HasIndex(c => new { c.OrganizationId, c.Name }).IsUnique();
    }
}
