using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Accounts;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> entity)
    {
        entity.HasKey(i => new { i.OrganizationId, i.Id });
        entity.Property(i => i.Email).HasMaxLength(People.PersonRules.EmailMax);
        entity.Property(i => i.TokenHash).HasMaxLength(64);
        // Accepting looks the token up before anyone is signed in, across organisations.
        entity.HasIndex(i => i.TokenHash).IsUnique();
        entity.HasIndex(i => new { i.OrganizationId, i.PersonId });
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(i => new { i.OrganizationId, i.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
