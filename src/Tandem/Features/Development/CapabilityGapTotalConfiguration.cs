using Microsoft.EntityFrameworkCore;

namespace Tandem.Features.Development;

internal sealed class CapabilityGapTotalConfiguration : IEntityTypeConfiguration<CapabilityGapTotal>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<CapabilityGapTotal> entity)
    {
        entity.HasKey(x => new { x.OrganizationId, x.CapabilityId, x.DepartmentKey, x.ProfileKey });
        entity.HasIndex(x => new { x.OrganizationId, x.DepartmentKey });
        entity.HasIndex(x => new { x.OrganizationId, x.ProfileKey });
    }
}
