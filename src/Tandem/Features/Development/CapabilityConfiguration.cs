using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    public void Configure(EntityTypeBuilder<Capability> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(c => c.Description).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        // A name is unique within its category.
        entity.HasIndex(c => new { c.OrganizationId, c.CategoryId, c.Name }).IsUnique();
        entity.HasOne<CapabilityCategory>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.CategoryId }).OnDelete(DeleteBehavior.Restrict);
    }
}
