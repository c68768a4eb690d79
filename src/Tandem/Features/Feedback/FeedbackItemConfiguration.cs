using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Features.People;

namespace Tandem.Features.Feedback;

internal sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> entity)
    {
        entity.HasKey(f => new { f.OrganizationId, f.Id });
        entity.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(f => f.Visibility).HasConversion<string>().HasMaxLength(24);
        entity.Property(f => f.Text).HasMaxLength(FeedbackRules.TextMax);
        entity.Property(f => f.What).HasMaxLength(FeedbackRules.PartMax);
        entity.Property(f => f.SoWhat).HasMaxLength(FeedbackRules.PartMax);
        entity.Property(f => f.NowWhat).HasMaxLength(FeedbackRules.PartMax);
        entity.Property(f => f.Theme).HasMaxLength(FeedbackRules.ThemeMax);
        // Inboxes (received, given), the praise wall, and requests' answers; newest first.
        entity.HasIndex(f => new { f.OrganizationId, f.ReceiverId, f.CreatedAt });
        entity.HasIndex(f => new { f.OrganizationId, f.GiverId, f.CreatedAt });
        entity.HasIndex(f => new { f.OrganizationId, f.Visibility, f.CreatedAt });
        // The praise wall pages by id, newest first: without this it walks every newer item that is not public.
        entity.HasIndex(f => new { f.OrganizationId, f.Visibility, f.Id });
        entity.HasIndex(f => new { f.OrganizationId, f.RequestId });
        // A person's feedback on one capability (the feedback → development loop).
        entity.HasIndex(f => new { f.OrganizationId, f.ReceiverId, f.CapabilityId });
        entity.HasOne<Development.Capability>().WithMany().HasForeignKey(f => new { f.OrganizationId, f.CapabilityId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(f => f.Values).WithOne().HasForeignKey(v => new { v.OrganizationId, v.ItemId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(f => new { f.OrganizationId, f.ReceiverId }).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Person>().WithMany().HasForeignKey(f => new { f.OrganizationId, f.GiverId }).OnDelete(DeleteBehavior.Restrict);
    }
}
