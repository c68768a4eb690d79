using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Talent;

internal sealed class TalentReviewConfiguration : IEntityTypeConfiguration<TalentReview>
{
    public void Configure(EntityTypeBuilder<TalentReview> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Name).HasMaxLength(TalentRules.NameMax);
        entity.HasIndex(r => new { r.OrganizationId, r.Name });
    }
}
