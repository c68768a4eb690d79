using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Development;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(a => a.Evidence).HasMaxLength(DevelopmentRules.EvidenceMax);
        // The latest of each kind per person and capability.
        entity.HasIndex(a => new { a.OrganizationId, a.PersonId, a.CapabilityId, a.Kind, a.At });
        entity.HasOne<Capability>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
