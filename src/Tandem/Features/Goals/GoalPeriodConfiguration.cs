using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Goals;

internal sealed class GoalPeriodConfiguration : IEntityTypeConfiguration<GoalPeriod>
{
    public void Configure(EntityTypeBuilder<GoalPeriod> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Name).HasMaxLength(60);
        entity.HasIndex(p => new { p.OrganizationId, p.Name }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.Start });
    }
}
