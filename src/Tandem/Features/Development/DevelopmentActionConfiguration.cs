using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tandem.Features.Development;

internal sealed class DevelopmentActionConfiguration : IEntityTypeConfiguration<DevelopmentAction>
{
    public void Configure(EntityTypeBuilder<DevelopmentAction> entity)
    {
        entity.HasKey(a => new { a.OrganizationId, a.Id });
        entity.Property(a => a.Text).HasMaxLength(DevelopmentRules.ActionMax);
        entity.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        entity.HasIndex(a => new { a.OrganizationId, a.PlanId, a.Status });
        // The next-exit reminders, across organisations: open next exits not reminded yet, by due date.
        entity.HasIndex(a => a.DueDate).HasFilter("\"RemindedAt\" IS NULL");
        entity.HasOne<Capability>().WithMany().HasForeignKey(a => new { a.OrganizationId, a.CapabilityId }).OnDelete(DeleteBehavior.SetNull);
    }
}
