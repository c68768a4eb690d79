using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Text).HasMaxLength(OneOnOneRules.TopicMax);
        entity.Property(c => c.Source).HasMaxLength(20);
        // One "work on" and one "lead will" step per meeting's wrap-up (NULL sources never collide).
        entity.HasIndex(c => new { c.OrganizationId, c.MeetingId, c.Source }).IsUnique();
        entity.HasIndex(c => new { c.OrganizationId, c.SeriesId, c.DueDate });
        entity.HasIndex(c => new { c.OrganizationId, c.OwnerId, c.DoneAt });
        // The overdue notices, across organisations: open commitments not told about yet, by due date.
        entity.HasIndex(c => c.DueDate).HasFilter("\"DoneAt\" IS NULL AND \"OverdueNoticeAt\" IS NULL");
        entity.HasOne<OneOnOneSeries>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.SeriesId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.OwnerId }).OnDelete(DeleteBehavior.Restrict);
    }
}
