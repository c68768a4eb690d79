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
        entity.Property(p => p.NameKey).HasMaxLength(PersonRules.NameMax);
        entity.Property(p => p.SurnameKey).HasMaxLength(PersonRules.NameMax);
        entity.Property(p => p.EmployeeNumber).HasMaxLength(PersonRules.ShortTextMax);
        entity.Property(p => p.Title).HasMaxLength(PersonRules.TextMax);
        entity.Property(p => p.Location).HasMaxLength(PersonRules.TextMax);
        entity.Property(p => p.TimeZone).HasMaxLength(PersonRules.ShortTextMax);
        entity.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        entity.Property(p => p.Version).IsConcurrencyToken();

        entity.HasIndex(p => new { p.OrganizationId, p.Email }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.EmployeeNumber }).IsUnique();
        entity.HasIndex(p => new { p.OrganizationId, p.Name });
        // The people picker and search: a prefix of the first or the last name is a range of one of these (PeopleFinder).
        entity.HasIndex(p => new { p.OrganizationId, p.NameKey });
        entity.HasIndex(p => new { p.OrganizationId, p.SurnameKey });
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
