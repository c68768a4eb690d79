using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Notifications;

internal sealed class NoticePreferenceConfiguration : IEntityTypeConfiguration<NoticePreference>
{
    public void Configure(EntityTypeBuilder<NoticePreference> entity)
    {
        entity.HasKey(p => new { p.OrganizationId, p.PersonId, p.Kind });
        entity.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        entity.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(16);
        // A notice for everyone reads the choices made for its kind across the organisation.
        entity.HasIndex(p => new { p.OrganizationId, p.Kind });
        entity.HasOne<Person>().WithMany().HasForeignKey(p => new { p.OrganizationId, p.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
