using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class RouteOptionConfiguration : IEntityTypeConfiguration<RouteOption>
{
    public void Configure(EntityTypeBuilder<RouteOption> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        entity.Property(r => r.Description).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(r => r.TradeOffs).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.HasIndex(r => new { r.OrganizationId, r.PlanId, r.Position });
    }
}
