using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Section).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(a => a.Text).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(a => new { a.OrganizationId, a.MeetingId, a.Position });
        entity.HasIndex(a => new { a.OrganizationId, a.SeriesId, a.AuthorId });
        entity.HasOne<Meeting>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.MeetingId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.AuthorId }).OnDelete(DeleteBehavior.Restrict);
    }
}
