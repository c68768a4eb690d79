using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;

namespace Tandem.Features.Notifications;

/// <summary>Notices: other features add them in their own unit of work; recipients mark them read.</summary>
public sealed class NotificationService(TandemDb db, NotificationAccess access, TimeProvider time)
{
    public const int TextMax = 300;

    /// <summary>
    /// Adds a notice to the context's unit of work, routed as its recipient chose (<see cref="NoticeRouting"/>): it, and
    /// its email, are saved with the change that caused it. Many notices of one kind are written in bulk with
    /// <see cref="NoticeRouting.ForOrganizationAsync"/> instead.
    /// </summary>
    public static async Task AddAsync(TandemDb db, TimeProvider time, NoticeKind kind, Guid recipientId, string text, string link, CancellationToken ct)
    {
        var routing = await NoticeRouting.ForAsync(db, kind, recipientId, ct);
        db.Notifications.Add(routing.New(time, time.GetUtcNow(), recipientId, text, link));
    }

    /// <summary>The text, or as much of it as fits in <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>Marks one of the signed-in person's notices read; someone else's is not found. Marking it again changes nothing.</summary>
    public async Task<Outcome<NotificationInfo>> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notice = await access.Mine(db.Notifications).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null) return Failure.NotFound("No such notice.");
        if (notice.ReadAt is null)
        {
            notice.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        return new NotificationInfo(notice.Id, notice.Text, notice.Link, notice.CreatedAt, true);
    }

    /// <summary>Marks every unread notice of the signed-in person read; the number marked.</summary>
    public Task<int> MarkAllReadAsync(CancellationToken ct) =>
        access.Mine(db.Notifications).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow()), ct);
}
