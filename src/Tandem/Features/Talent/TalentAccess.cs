using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Talent;

/// <summary>
/// Who reads talent review and succession (docs/security.md): HR admins, and the people HR invited into a review — who read
/// that review's key roles and nothing else. Nobody reads talent data about themselves: a role they hold, or their own
/// nomination. Managing someone gives no right to it.
/// </summary>
public sealed class TalentAccess(TandemDb db, Reach reach)
{
    public bool IsHrAdmin => reach.IsHrAdmin;
    public Guid Me => reach.Me;

    public IQueryable<TalentReview> Reviews()
    {
        if (reach.IsHrAdmin) return db.TalentReviews;
        var me = reach.Me;
        var mine = db.TalentParticipants.Where(p => p.PersonId == me).Select(p => p.ReviewId);
        return db.TalentReviews.Where(r => mine.Contains(r.Id));
    }

    /// <summary>The key roles of the reader's reviews, but a role they hold.</summary>
    public IQueryable<KeyRole> Roles()
    {
        var me = reach.Me;
        var reviews = Reviews().Select(r => r.Id);
        return db.KeyRoles.Where(r => reviews.Contains(r.ReviewId) && (r.HolderId == null || r.HolderId != me));
    }

    /// <summary>The successors the reader sees: every one of a role they read but themselves.</summary>
    public IQueryable<Successor> Successors()
    {
        var me = reach.Me;
        return db.Successors.Where(s => s.PersonId != me);
    }

}
