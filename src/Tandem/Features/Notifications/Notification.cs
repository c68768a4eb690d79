using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Notifications;

/// <summary>An in-app notice for one person (reminders, requests). Email delivery will build on it.</summary>
public sealed class Notification : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid RecipientId { get; set; }
    public required string Text { get; set; }
    /// <summary>A path in Tandem to act on it.</summary>
    public required string Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A notice as its recipient sees it.</summary>
public sealed record NotificationInfo(Guid Id, string Text, string Link, DateTimeOffset At, bool Read);

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.HasKey(n => new { n.OrganizationId, n.Id });
        entity.Property(n => n.Text).HasMaxLength(300);
        entity.Property(n => n.Link).HasMaxLength(300);
        entity.HasIndex(n => new { n.OrganizationId, n.RecipientId, n.ReadAt, n.CreatedAt });
        entity.HasOne<Person>().WithMany().HasForeignKey(n => new { n.OrganizationId, n.RecipientId }).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The signed-in person's notices.</summary>
public sealed class NotificationInbox(TandemDb db, CurrentUser me, TimeProvider time)
{
    public Task<List<NotificationInfo>> UnreadAsync(CancellationToken ct) =>
        db.Notifications.AsNoTracking().Where(n => n.RecipientId == me.PersonId && n.ReadAt == null).OrderByDescending(n => n.CreatedAt).Take(20)
            .Select(n => new NotificationInfo(n.Id, n.Text, n.Link, n.CreatedAt, false)).ToListAsync(ct);

    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct) =>
        await db.Notifications.Where(n => n.Id == id && n.RecipientId == me.PersonId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow()), ct) > 0;
}
