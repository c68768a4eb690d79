using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Development;

internal sealed class RoleProfileConfiguration : IEntityTypeConfiguration<RoleProfile>
{
    public void Configure(EntityTypeBuilder<RoleProfile> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(p => p.JobTitle).HasMaxLength(200);
        entity.HasIndex(p => new { p.OrganizationId, p.JobTitle });
        entity.HasIndex(p => new { p.OrganizationId, p.TeamId });
        entity.HasMany(p => p.Requirements).WithOne().HasForeignKey(r => new { r.OrganizationId, r.ProfileId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Team>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.TeamId }).OnDelete(DeleteBehavior.Restrict);
    }
}
