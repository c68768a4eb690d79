using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Development;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Aspiration).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(p => p.Horizon).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(p => p.WantsToLead).HasConversion<string>().HasMaxLength(8);
        entity.Property(p => p.Strengths).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(p => p.GrowthAreas).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(p => p.StrengthsPlan).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasIndex(p => new { p.OrganizationId, p.PersonId }).IsUnique();
        entity.HasMany(p => p.Routes).WithOne().HasForeignKey(r => new { r.OrganizationId, r.PlanId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(p => p.Actions).WithOne().HasForeignKey(a => new { a.OrganizationId, a.PlanId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
