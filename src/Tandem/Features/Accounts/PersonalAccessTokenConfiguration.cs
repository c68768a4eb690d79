using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Accounts;

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> entity)
    {
        entity.HasKey(t => new { t.OrganizationId, t.Id });
        entity.Property(t => t.Name).HasMaxLength(100);
        entity.Property(t => t.TokenHash).HasMaxLength(64);
        entity.Property(t => t.Hint).HasMaxLength(16);
        entity.Property(t => t.Scope).HasConversion<string>().HasMaxLength(8);
        entity.HasIndex(t => t.TokenHash).IsUnique();
        entity.HasIndex(t => new { t.OrganizationId, t.PersonId });
        entity.HasOne<People.Person>().WithMany()
            .HasForeignKey(t => new { t.OrganizationId, t.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
