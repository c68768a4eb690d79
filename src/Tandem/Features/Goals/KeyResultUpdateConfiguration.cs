using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Goals;

internal sealed class KeyResultUpdateConfiguration : IEntityTypeConfiguration<KeyResultUpdate>
{
    public void Configure(EntityTypeBuilder<KeyResultUpdate> entity)
    {
        entity.HasKey(u => new { u.OrganizationId, u.Id });
        entity.Property(u => u.Comment).HasMaxLength(GoalRules.CommentMax);
        entity.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(u => new { u.OrganizationId, u.GoalId, u.At });
        entity.HasIndex(u => new { u.OrganizationId, u.KeyResultId, u.At });
        entity.HasOne<KeyResult>().WithMany().HasForeignKey(u => new { u.OrganizationId, u.KeyResultId }).OnDelete(DeleteBehavior.Cascade);
    }
}
