using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Feedback;

internal sealed class FeedbackValueTagConfiguration : IEntityTypeConfiguration<FeedbackValueTag>
{
    public void Configure(EntityTypeBuilder<FeedbackValueTag> entity)
    {
        entity.HasKey(v => new { v.OrganizationId, v.ItemId, v.ValueId });
        entity.HasIndex(v => new { v.OrganizationId, v.ValueId });
        entity.HasOne<CompanyValue>().WithMany().HasForeignKey(v => new { v.OrganizationId, v.ValueId }).OnDelete(DeleteBehavior.Restrict);
    }
}
