using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.OneOnOnes;

internal sealed class TemplateSectionConfiguration : IEntityTypeConfiguration<TemplateSection>
{
    public void Configure(EntityTypeBuilder<TemplateSection> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Title).HasMaxLength(OneOnOneRules.SectionMax);
        entity.Property(s => s.Prompt).HasMaxLength(OneOnOneRules.TopicMax);
        entity.HasIndex(s => new { s.OrganizationId, s.TemplateId, s.Position });
    }
}
