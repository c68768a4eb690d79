using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Notifications;

internal sealed class QuietHoursConfiguration : IEntityTypeConfiguration<QuietHours>
{
    public void Configure(EntityTypeBuilder<QuietHours> entity)
    {
        entity.HasKey(q => new { q.OrganizationId, q.PersonId });
        entity.HasOne<Person>().WithMany().HasForeignKey(q => new { q.OrganizationId, q.PersonId }).OnDelete(DeleteBehavior.Cascade);
    }
}
