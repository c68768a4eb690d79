using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class OneOnOneSeriesConfiguration : IEntityTypeConfiguration<OneOnOneSeries>
{
    public void Configure(EntityTypeBuilder<OneOnOneSeries> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.Cadence).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.Weekday).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.TimeZone).HasMaxLength(64);
        entity.Property(s => s.VideoLink).HasMaxLength(OneOnOneRules.LinkMax);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.Ignore(s => s.Rule);
        // A person's series, from either side.
        entity.HasIndex(s => new { s.OrganizationId, s.LeadId, s.PartnerId });
        entity.HasIndex(s => new { s.OrganizationId, s.PartnerId });
        entity.HasOne<Person>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.LeadId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Person>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.PartnerId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<MeetingTemplate>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.TemplateId }).OnDelete(DeleteBehavior.Restrict);
    }
}
