using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Feedback;

/// <summary>
/// Who may read feedback (the visibility table of docs/security.md). To the person: giver and receiver. To the person and
/// manager: also the receiver's manager. Public praise: everyone in the organisation. Anonymous feedback: its
/// receiver only, and only items of a released batch (at least the anonymity threshold of different people).
/// HR admins have no extra right here. Nothing across organisations: the tenant filter applies first.
/// </summary>
public sealed class FeedbackAccess(TandemDb db, CurrentUser me, Reach reach, TimeProvider time)
{
    public IQueryable<FeedbackItem> Readable(IQueryable<FeedbackItem> items)
    {
        var meId = me.PersonId;
        // A batch is released at a set time (see FeedbackService), so it can't be watched flipping on the last giver's send.
        var now = time.GetUtcNow();
        var released = db.AnonymousBatches.Where(b => b.ReleasedAt != null && b.ReleasedAt <= now);
        return items.Where(Rule.Or<FeedbackItem>(f =>
                (!f.IsAnonymous && (f.Visibility == FeedbackVisibility.Public || f.GiverId == meId || f.ReceiverId == meId))
                || (f.IsAnonymous && f.ReceiverId == meId && released.Any(b => b.ReceiverId == f.ReceiverId && b.Batch == f.Batch)),
            Rule.And<FeedbackItem>(f => !f.IsAnonymous && f.Visibility == FeedbackVisibility.ToPersonAndManager,
                reach.DirectlyManaged<FeedbackItem>(f => f.ReceiverId))));
    }

    /// <summary>
    /// A person's anonymous feedback of released batches, to be counted only (never read one by one), and only for those
    /// who may see their balance: check <see cref="CanSeeBalanceAsync"/> (the person and their direct manager) first.
    /// </summary>
    public IQueryable<FeedbackItem> ReleasedAnonymous(Guid personId)
    {
        var now = time.GetUtcNow();
        return db.FeedbackItems.Where(f => f.IsAnonymous && f.ReceiverId == personId
            && db.AnonymousBatches.Any(b => b.ReceiverId == f.ReceiverId && b.Batch == f.Batch && b.ReleasedAt != null && b.ReleasedAt <= now));
    }

    /// <summary>May the signed-in person see a person's feedback balance and themes (themselves, or their manager)?</summary>
    public Task<bool> CanSeeBalanceAsync(Guid personId, CancellationToken ct) =>
        reach.IsMe(personId) ? Task.FromResult(true) : reach.IsDirectManagerOfAsync(personId, ct);

    /// <summary><see cref="CanSeeBalanceAsync"/> for a person just read, with their manager.</summary>
    public bool CanSeeBalance(Guid personId, Guid? managerId) => reach.IsMe(personId) || (managerId is { } manager && reach.IsMe(manager));

    /// <summary>Asking for feedback: about yourself, or (a manager) about one of your direct reports.</summary>
    public Task<bool> CanRequestAboutAsync(Guid personId, CancellationToken ct) => CanSeeBalanceAsync(personId, ct);
}
