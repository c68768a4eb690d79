using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Feedback;

internal sealed class FeedbackRequestRecipientConfiguration : IEntityTypeConfiguration<FeedbackRequestRecipient>
{
    public void Configure(EntityTypeBuilder<FeedbackRequestRecipient> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.RequestId, r.RecipientId });
        entity.HasIndex(r => new { r.OrganizationId, r.RecipientId, r.AnsweredAt });
        entity.HasOne<Person>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.RecipientId }).OnDelete(DeleteBehavior.Restrict);
    }
}
