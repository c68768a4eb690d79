using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Reviews;

internal sealed class RecognitionOutcomeConfiguration : IEntityTypeConfiguration<RecognitionOutcome>
{
    public void Configure(EntityTypeBuilder<RecognitionOutcome> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Note).HasMaxLength(ReviewRules.CommentMax);
        entity.Property(r => r.Version).IsConcurrencyToken();
        entity.HasIndex(r => new { r.OrganizationId, r.ParticipantId }).IsUnique();
        entity.HasOne<ReviewParticipant>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ParticipantId }).OnDelete(DeleteBehavior.Cascade);
    }
}
