using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Development;

internal sealed class CapabilityCategoryConfiguration : IEntityTypeConfiguration<CapabilityCategory>
{
    public void Configure(EntityTypeBuilder<CapabilityCategory> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.HasIndex(c => new { c.OrganizationId, c.Name }).IsUnique();
    }
}

internal sealed class CapabilityConfiguration : IEntityTypeConfiguration<Capability>
{
    public void Configure(EntityTypeBuilder<Capability> entity)
    {
        entity.HasKey(c => new { c.OrganizationId, c.Id });
        entity.Property(c => c.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(c => c.Description).HasMaxLength(DevelopmentRules.DescriptionMax);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        // A name is unique within its category.
        entity.HasIndex(c => new { c.OrganizationId, c.CategoryId, c.Name }).IsUnique();
        entity.HasOne<CapabilityCategory>().WithMany().HasForeignKey(c => new { c.OrganizationId, c.CategoryId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompetenceLevelConfiguration : IEntityTypeConfiguration<CompetenceLevel>
{
    public void Configure(EntityTypeBuilder<CompetenceLevel> entity)
    {
        entity.HasKey(l => new { l.OrganizationId, l.Level });
        entity.Property(l => l.Name).HasMaxLength(DevelopmentRules.NameMax);
        entity.Property(l => l.Description).HasMaxLength(DevelopmentRules.DescriptionMax);
    }
}

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

internal sealed class RoleRequirementConfiguration : IEntityTypeConfiguration<RoleRequirement>
{
    public void Configure(EntityTypeBuilder<RoleRequirement> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.ProfileId, r.CapabilityId });
        entity.HasOne<Capability>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(a => a.Evidence).HasMaxLength(DevelopmentRules.EvidenceMax);
        // The latest of each kind per person and capability.
        entity.HasIndex(a => new { a.OrganizationId, a.PersonId, a.CapabilityId, a.Kind, a.At });
        entity.HasOne<Capability>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class DevelopmentActionConfiguration : IEntityTypeConfiguration<DevelopmentAction>
{
    public void Configure(EntityTypeBuilder<DevelopmentAction> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Text).HasMaxLength(DevelopmentRules.ActionMax);
        entity.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(a => new { a.OrganizationId, a.PlanId, a.Status });
        entity.HasOne<Capability>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.CapabilityId }).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class LearningResourceConfiguration : IEntityTypeConfiguration<LearningResource>
{
    public void Configure(EntityTypeBuilder<LearningResource> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Title).HasMaxLength(200);
        entity.Property(r => r.Link).HasMaxLength(DevelopmentRules.LinkMax);
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(r => new { r.OrganizationId, r.CapabilityId, r.TargetLevel });
        entity.HasOne<Capability>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.CapabilityId }).OnDelete(DeleteBehavior.Cascade);
    }
}
