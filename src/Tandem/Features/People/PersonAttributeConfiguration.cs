using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.People;

internal sealed class PersonAttributeConfiguration : IEntityTypeConfiguration<PersonAttribute>
{
    public void Configure(EntityTypeBuilder<PersonAttribute> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Name, a.PersonId });
        entity.Property(a => a.Name).HasMaxLength(AttributeImport.NameMax);
        entity.Property(a => a.Value).HasMaxLength(AttributeImport.ValueMax);
        entity.HasOne<Person>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
