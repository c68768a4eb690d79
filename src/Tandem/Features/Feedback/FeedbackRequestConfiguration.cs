using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Feedback;

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Prompts).HasMaxLength(FeedbackRules.PromptsMax);
        entity.HasIndex(r => new { r.OrganizationId, r.RequesterId, r.CreatedAt });
        entity.HasMany(r => r.Recipients).WithOne().HasForeignKey(x => new { x.OrganizationId, x.RequestId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.SubjectId }).OnDelete(DeleteBehavior.Restrict);
    }
}
