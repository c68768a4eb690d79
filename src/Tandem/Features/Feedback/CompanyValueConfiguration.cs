using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Feedback;

internal sealed class CompanyValueConfiguration : IEntityTypeConfiguration<CompanyValue>
{
    public void Configure(EntityTypeBuilder<CompanyValue> entity)
    {
        entity.HasKey(v => new { v.OrganizationId, v.Id });
        entity.Property(v => v.Name).HasMaxLength(60);
        entity.Property(v => v.Description).HasMaxLength(300);
        entity.HasIndex(v => new { v.OrganizationId, v.Name }).IsUnique();
    }
}
