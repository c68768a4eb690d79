using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Feedback;

internal sealed class FeedbackReactionConfiguration : IEntityTypeConfiguration<FeedbackReaction>
{
    public void Configure(EntityTypeBuilder<FeedbackReaction> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.ItemId, r.PersonId, r.Kind });
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        entity.HasOne<FeedbackItem>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ItemId }).OnDelete(DeleteBehavior.Cascade);
    }
}
