using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.People;

internal sealed class ReportingLineConfiguration : IEntityTypeConfiguration<ReportingLine>
{
    public void Configure(EntityTypeBuilder<ReportingLine> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.AncestorId, r.DescendantId });
        // "Who is above X" reads by descendant.
        entity.HasIndex(r => new { r.OrganizationId, r.DescendantId, r.Depth });
        entity.HasOne<Person>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.AncestorId })
            .OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.DescendantId })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
