using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Reviews;

internal sealed class PeerNominationConfiguration : IEntityTypeConfiguration<PeerNomination>
{
    public void Configure(EntityTypeBuilder<PeerNomination> entity)
    {
        entity.HasKey(n => new { n.OrganizationId, n.Id });
        entity.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
        entity.HasIndex(n => new { n.OrganizationId, n.CycleId, n.SubjectId, n.PeerId }).IsUnique();
        entity.HasOne<ReviewCycle>().WithMany().HasForeignKey(n => new { n.OrganizationId, n.CycleId }).OnDelete(DeleteBehavior.Cascade);
    }
}
