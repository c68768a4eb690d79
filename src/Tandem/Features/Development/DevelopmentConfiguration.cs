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
