using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.OneOnOnes;

internal sealed class OrgQuestionConfiguration : IEntityTypeConfiguration<OrgQuestion>
{
    public void Configure(EntityTypeBuilder<OrgQuestion> entity)
    {
        entity.HasKey(q => new { q.OrganizationId, q.Id });
        entity.Property(q => q.Group).HasConversion<string>().HasMaxLength(24);
        entity.Property(q => q.Text).HasMaxLength(OneOnOneRules.QuestionMax);
    }
}
