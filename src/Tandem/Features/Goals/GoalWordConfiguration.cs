using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Goals;

internal sealed class GoalWordConfiguration : IEntityTypeConfiguration<GoalWord>
{
    public void Configure(EntityTypeBuilder<GoalWord> entity)
    {
        // The key is the search: the goals with a word in a range, in one index range.
        entity.HasKey(w => new { w.OrganizationId, w.Word, w.GoalId });
        entity.Property(w => w.Word).HasMaxLength(GoalRules.WordMax);
        entity.HasIndex(w => new { w.OrganizationId, w.GoalId });
        entity.HasOne<Goal>().WithMany().HasForeignKey(w => new { w.OrganizationId, w.GoalId }).OnDelete(DeleteBehavior.Cascade);
    }
}
