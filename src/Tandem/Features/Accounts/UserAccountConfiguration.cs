using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Accounts;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> entity)
    {
        entity.HasIndex(u => new { u.OrganizationId, u.PersonId }).IsUnique();
        entity.HasOne<Organizations.Organization>().WithMany()
            .HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(u => new { u.OrganizationId, u.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
