using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.Id });
        entity.Property(p => p.Name).HasMaxLength(PersonRules.NameMax);
        entity.Property(p => p.Email).HasMaxLength(PersonRules.EmailMax);
        entity.Property(p => p.EmployeeNumber).HasMaxLength(PersonRules.ShortTextMax);
        entity.Property(p => p.Title).HasMaxLength(PersonRules.TextMax);
        entity.Property(p => p.Location).HasMaxLength(PersonRules.TextMax);
        entity.Property(p => p.TimeZone).HasMaxLength(PersonRules.ShortTextMax);
        entity.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(p => p.Version).IsConcurrencyToken();

        entity.HasIndex(p => new { p.OrganizationId, p.Email }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.EmployeeNumber }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.Name });
        entity.HasIndex(p => new { p.OrganizationId, p.ManagerId });
        entity.HasIndex(p => new { p.OrganizationId, p.DepartmentId });
        entity.HasIndex(p => new { p.OrganizationId, p.TeamId });

        entity.HasOne(p => p.Manager).WithMany()
            .HasForeignKey(p => new { p.OrganizationId, p.ManagerId })
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Department).WithMany()
            .HasForeignKey(p => new { p.OrganizationId, p.DepartmentId })
            .OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(p => p.Team).WithMany()
            .HasForeignKey(p => new { p.OrganizationId, p.TeamId })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> entity)
    {
        entity.HasKey(d => new { d.OrganizationId, d.Id });
        entity.Property(d => d.Name).HasMaxLength(PersonRules.TextMax);
        entity.HasIndex(d => new { d.OrganizationId, d.Name }).IsUnique();
    }
}

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

internal sealed class ReportingLineConfiguration : IEntityTypeConfiguration<ReportingLine>
{
    public void Configure(EntityTypeBuilder<ReportingLine> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.AncestorId, r.DescendantId });
        // "Who is above X" reads by descendant.
        entity.HasIndex(r => new { r.OrganizationId, r.DescendantId, r.Depth });
        entity.HasOne<Person>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.AncestorId })
            .OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany()
            .HasForeignKey(r => new { r.OrganizationId, r.DescendantId })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
