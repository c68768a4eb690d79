using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;

namespace Tandem.Features.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(8);
        entity.Property(r => r.State).HasConversion<string>().HasMaxLength(12);
        entity.Property(r => r.Answers).HasJsonConversion();
        entity.Property(r => r.Version).IsConcurrencyToken();
        entity.HasIndex(r => new { r.OrganizationId, r.ParticipantId, r.Kind, r.WriterId }).IsUnique();
        // "What I have to write", newest cycle first.
        entity.HasIndex(r => new { r.OrganizationId, r.WriterId, r.CycleId });
        // Progress counts by kind and state, and who is behind, from the index alone.
        entity.HasIndex(r => new { r.OrganizationId, r.CycleId, r.Kind, r.State, r.WriterId });
        entity.HasOne<ReviewParticipant>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ParticipantId }).OnDelete(DeleteBehavior.Cascade);
    }
}
