using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Reviews;

internal sealed class ReviewParticipantConfiguration : IEntityTypeConfiguration<ReviewParticipant>
{
    public void Configure(EntityTypeBuilder<ReviewParticipant> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(p => p.AcknowledgementComment).HasMaxLength(ReviewRules.CommentMax);
        entity.HasIndex(p => new { p.OrganizationId, p.CycleId, p.PersonId }).IsUnique();
        // "The reviews I write as a manager" and "my reviews" across cycles.
        entity.HasIndex(p => new { p.OrganizationId, p.ReviewerId, p.CycleId });
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId });
        entity.HasOne<ReviewCycle>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.CycleId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<ReviewTemplate>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.TemplateId }).OnDelete(DeleteBehavior.Restrict);
    }
}
