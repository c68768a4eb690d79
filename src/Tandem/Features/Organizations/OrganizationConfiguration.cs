using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Name).HasMaxLength(200);
        entity.Property(o => o.Slug).HasMaxLength(60);
        entity.Property(o => o.TimeZone).HasMaxLength(64);
        entity.HasIndex(o => o.Slug).IsUnique();
    }
}
