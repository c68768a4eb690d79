using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Improvement;

internal sealed class ImprovementCheckpointConfiguration : IEntityTypeConfiguration<ImprovementCheckpoint>
{
    public void Configure(EntityTypeBuilder<ImprovementCheckpoint> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Notes).HasMaxLength(ImprovementRules.NoteMax);
        entity.Property(c => c.Comment).HasMaxLength(ImprovementRules.NoteMax);
        entity.HasIndex(c => new { c.OrganizationId, c.PlanId, c.On });
        entity.HasOne<ImprovementPlan>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.PlanId }).OnDelete(DeleteBehavior.Cascade);
    }
}
