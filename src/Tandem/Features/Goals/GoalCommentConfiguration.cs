using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Goals;

internal sealed class GoalCommentConfiguration : IEntityTypeConfiguration<GoalComment>
{
    public void Configure(EntityTypeBuilder<GoalComment> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Text).HasMaxLength(GoalRules.CommentMax);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        entity.HasIndex(c => new { c.OrganizationId, c.GoalId, c.At });
        entity.HasOne<Goal>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.GoalId }).OnDelete(DeleteBehavior.Cascade);
    }
}
