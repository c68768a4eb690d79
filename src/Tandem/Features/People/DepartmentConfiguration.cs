using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.People;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> entity)
    {
        entity.HasKey(d => new { d.OrganizationId, d.Id });
        entity.Property(d => d.Name).HasMaxLength(PersonRules.TextMax);
        entity.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
    }
}
