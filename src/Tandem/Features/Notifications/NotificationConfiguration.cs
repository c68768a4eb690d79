using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.HasKey(n => new { n.OrganizationId, n.Id });
        entity.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        entity.Property(n => n.Text).HasMaxLength(NotificationService.TextMax);
        entity.Property(n => n.Link).HasMaxLength(300);
        entity.Property(n => n.Email).HasConversion<string>().HasMaxLength(8);
        entity.Property(n => n.EmailError).HasMaxLength(EmailSender.ErrorMax);
        entity.Property(n => n.EmailLink).HasMaxLength(EmailLinks.SealedMax);
        entity.HasIndex(n => new { n.OrganizationId, n.RecipientId, n.ReadAt, n.CreatedAt });
        // The sender's claims, across organisations: what is waiting, by when it may go.
        entity.HasIndex(n => new { n.Email, n.EmailDueAt });
        entity.HasOne<Person>().WithMany().HasForeignKey(n => new { n.OrganizationId, n.RecipientId }).OnDelete(DeleteBehavior.Cascade);
    }
}
