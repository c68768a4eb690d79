using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Goals;

internal sealed class KeyResultConfiguration : IEntityTypeConfiguration<KeyResult>
{
    public void Configure(EntityTypeBuilder<KeyResult> entity)
    {
        entity.HasKey(k => new { k.OrganizationId, k.Id });
        entity.Property(k => k.Title).HasMaxLength(GoalRules.TitleMax);
        entity.Property(k => k.Unit).HasMaxLength(32);
        entity.Property(k => k.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(k => k.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(k => k.Version).IsConcurrencyToken();
        entity.HasIndex(k => new { k.OrganizationId, k.GoalId, k.Position });
    }
}
