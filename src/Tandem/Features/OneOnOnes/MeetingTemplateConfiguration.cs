using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.OneOnOnes;

internal sealed class MeetingTemplateConfiguration : IEntityTypeConfiguration<MeetingTemplate>
{
    public void Configure(EntityTypeBuilder<MeetingTemplate> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(t => t.Description).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(t => new { t.OrganizationId, t.TeamId, t.Name }).IsUnique();
        entity.HasMany(t => t.Sections).WithOne().HasForeignKey(s => new { s.OrganizationId, s.TemplateId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Team>().WithMany().HasForeignKey(t => new { t.OrganizationId, t.TeamId }).OnDelete(DeleteBehavior.Restrict);
    }
}
