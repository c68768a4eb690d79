using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;

namespace Tandem.Features.Reviews;

internal sealed class ReviewTemplateConfiguration : IEntityTypeConfiguration<ReviewTemplate>
{
    public void Configure(EntityTypeBuilder<ReviewTemplate> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(ReviewRules.NameMax);
        entity.Property(t => t.Description).HasMaxLength(ReviewRules.DescriptionMax);
        entity.Property(t => t.Scale).HasJsonConversion();
        entity.Property(t => t.Content).HasJsonConversion();
        entity.HasIndex(t => new { t.OrganizationId, t.FamilyId, t.Version }).IsUnique();
        entity.HasIndex(t => new { t.OrganizationId, t.IsCurrent, t.Name });
    }
}
