using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Talent;

internal sealed class SuccessorConfiguration : IEntityTypeConfiguration<Successor>
{
    public void Configure(EntityTypeBuilder<Successor> entity)
    {
        entity.HasKey(s => new { s.OrganizationId, s.Id });
        entity.Property(s => s.Readiness).HasConversion<string>().HasMaxLength(16);
        entity.Property(s => s.FlightRisk).HasConversion<string>().HasMaxLength(8);
        entity.Property(s => s.Notes).HasMaxLength(TalentRules.NotesMax);
        entity.Property(s => s.Version).IsConcurrencyToken();
        // A person is nominated once a role, also when two nominate them at once.
        entity.HasIndex(s => new { s.OrganizationId, s.RoleId, s.PersonId }).IsUnique();
        entity.HasIndex(s => new { s.OrganizationId, s.PersonId });
        entity.HasOne<KeyRole>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.RoleId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(s => new { s.OrganizationId, s.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
