using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.Organizations;

namespace Tandem.Features.Notifications;

internal sealed class ReminderRunConfiguration : IEntityTypeConfiguration<ReminderRun>
{
    public void Configure(EntityTypeBuilder<ReminderRun> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Name, r.Period });
        entity.Property(r => r.Name).HasMaxLength(40);
        entity.Property(r => r.Period).HasMaxLength(16);
        entity.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
