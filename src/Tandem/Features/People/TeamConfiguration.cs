using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.People;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(PersonRules.TextMax);
        entity.HasIndex(t => new { t.OrganizationId, t.Name }).IsUnique();
        entity.HasOne(t => t.Department).WithMany()
            .HasForeignKey(t => new { t.OrganizationId, t.DepartmentId })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
