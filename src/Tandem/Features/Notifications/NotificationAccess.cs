using Tandem.Security;

namespace Tandem.Features.Notifications;

/// <summary>A notice is its recipient's alone: nobody else, admins included, reads, counts or marks it.</summary>
public sealed class NotificationAccess(Reach reach)
{
    /// <summary>The notices of <paramref name="notices"/> the signed-in person may see: their own.</summary>
    public IQueryable<Notification> Mine(IQueryable<Notification> notices) => notices.Where(n => n.RecipientId == reach.Me);
}
