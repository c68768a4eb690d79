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

internal sealed class FeedbackValueTagConfiguration : IEntityTypeConfiguration<FeedbackValueTag>
{
    public void Configure(EntityTypeBuilder<FeedbackValueTag> entity)
    {
        entity.HasKey(v => new { v.OrganizationId, v.ItemId, v.ValueId });
        entity.HasIndex(v => new { v.OrganizationId, v.ValueId });
        entity.HasOne<CompanyValue>().WithMany().HasForeignKey(v => new { v.OrganizationId, v.ValueId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompanyValueConfiguration : IEntityTypeConfiguration<CompanyValue>
{
    public void Configure(EntityTypeBuilder<CompanyValue> entity)
    {
        entity.HasKey(v => new { v.OrganizationId, v.Id });
        entity.Property(v => v.Name).HasMaxLength(60);
        entity.Property(v => v.Description).HasMaxLength(300);
        entity.HasIndex(v => new { v.OrganizationId, v.Name }).IsUnique();
    }
}

internal sealed class FeedbackReactionConfiguration : IEntityTypeConfiguration<FeedbackReaction>
{
    public void Configure(EntityTypeBuilder<FeedbackReaction> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.ItemId, r.PersonId, r.Kind });
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        entity.HasOne<FeedbackItem>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.ItemId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackRequestConfiguration : IEntityTypeConfiguration<FeedbackRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackRequest> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.Id });
        entity.Property(r => r.Prompts).HasMaxLength(FeedbackRules.PromptsMax);
        entity.HasIndex(r => new { r.OrganizationId, r.RequesterId, r.CreatedAt });
        entity.HasMany(r => r.Recipients).WithOne().HasForeignKey(x => new { x.OrganizationId, x.RequestId }).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Person>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.SubjectId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackRequestRecipientConfiguration : IEntityTypeConfiguration<FeedbackRequestRecipient>
{
    public void Configure(EntityTypeBuilder<FeedbackRequestRecipient> entity)
    {
        entity.HasKey(r => new { r.OrganizationId, r.RequestId, r.RecipientId });
        entity.HasIndex(r => new { r.OrganizationId, r.RecipientId, r.AnsweredAt });
        entity.HasOne<Person>().WithMany().HasForeignKey(r => new { r.OrganizationId, r.RecipientId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnonymousGiverConfiguration : IEntityTypeConfiguration<AnonymousGiver>
{
    public void Configure(EntityTypeBuilder<AnonymousGiver> entity)
    {
        entity.HasKey(g => new { g.OrganizationId, g.ReceiverId, g.Batch, g.GiverHash });
        entity.Property(g => g.GiverHash).HasMaxLength(64);
    }
}

internal sealed class AnonymousBatchConfiguration : IEntityTypeConfiguration<AnonymousBatch>
{
    public void Configure(EntityTypeBuilder<AnonymousBatch> entity) => entity.HasKey(b => new { b.OrganizationId, b.ReceiverId, b.Batch });
}
