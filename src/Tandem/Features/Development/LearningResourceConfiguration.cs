using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class LearningResourceConfiguration : IEntityTypeConfiguration<LearningResource>
{
    public void Configure(EntityTypeBuilder<LearningResource> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Title).HasMaxLength(200);
        entity.Property(r => r.Link).HasMaxLength(DevelopmentRules.LinkMax);
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(r => new { r.OrganizationId, r.CapabilityId, r.TargetLevel });
        entity.HasOne<Capability>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
    }
}
