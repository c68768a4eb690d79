using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class CompetenceLevelConfiguration : IEntityTypeConfiguration<CompetenceLevel>
{
    public void Configure(EntityTypeBuilder<CompetenceLevel> entity)
    {
        entity.HasKey(l => new { l.OrganizationId, l.Level });
        entity.Property(l => l.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(l => l.Description).HasMaxLength(DevelopmentRules.DescriptionMax);
    }
}
