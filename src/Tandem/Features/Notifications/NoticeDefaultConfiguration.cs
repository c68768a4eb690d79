using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.Organizations;

namespace Tandem.Features.Notifications;

internal sealed class NoticeDefaultConfiguration : IEntityTypeConfiguration<NoticeDefault>
{
    public void Configure(EntityTypeBuilder<NoticeDefault> entity)
    {
        entity.HasKey(d => new { d.OrganizationId, d.Kind });
        entity.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        entity.Property(d => d.Delivery).HasConversion<string>().HasMaxLength(16);
        entity.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
