using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Goals;

/// <summary>
/// A goal's comments, newest first and keyset-paged. Anyone who may read a goal may comment on it, so a public goal
/// can collect thousands: the goal's page and answer carry the latest <see cref="Shown"/>, and the rest pages from there.
/// </summary>
public sealed class GoalConversation(TandemDb db, GoalAccess access, AdminReads adminReads)
{
    public const int Shown = 50;

    /// <summary>A page of a goal's comments, newest first; null when the goal is not one the viewer may read.</summary>
    public async Task<Page<CommentDetails>?> ListAsync(Guid goalId, string? after, int? limit, CancellationToken ct)
    {
        var goal = await access.Readable(db.Goals.AsNoTracking().Where(g => g.Id == goalId))
            .Select(g => new { g.OwnerPersonId, g.Visibility }).SingleOrDefaultAsync(ct);
        if (goal is null) return null;
        if (goal.Visibility == GoalVisibility.Private) await adminReads.RecordAsync("private goal's comments", [goal.OwnerPersonId], ct);
        var take = Cursor.Limit(limit);
        var comments = db.GoalComments.AsNoTracking().Where(c => c.GoalId == goalId);
        if (Cursor.Decode(after, 2) is [var ticksText, var idText]
            && long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Guid.TryParse(idText, out var id))
        {
            var at = new DateTimeOffset(ticks, TimeSpan.Zero);
            comments = comments.Where(c => c.At <= at && (c.At < at || c.Id < id));
        }
        var rows = await comments.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(take + 1).Select(Details).ToListAsync(ct);
        return Cursor.ToPage(rows, take, c => Cursor.Encode(c.At.UtcTicks.ToString(CultureInfo.InvariantCulture), c.Id.ToString()));
    }

    /// <summary>The latest <see cref="Shown"/> comments of a goal the caller has checked, oldest first, and how many there are.</summary>
    public async Task<(List<CommentDetails> Latest, int Count)> LatestAsync(Guid goalId, CancellationToken ct)
    {
        var latest = await db.GoalComments.AsNoTracking().Where(c => c.GoalId == goalId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(Shown).Select(Details).ToListAsync(ct);
        latest.Reverse();
        var count = latest.Count < Shown ? latest.Count : await db.GoalComments.CountAsync(c => c.GoalId == goalId, ct);
        return (latest, count);
    }

    private Expression<Func<GoalComment, CommentDetails>> Details => c => new CommentDetails(c.Id, c.Kind, c.Text, c.AuthorId,
        db.People.Where(p => p.Id == c.AuthorId).Select(p => p.Name).FirstOrDefault() ?? "Someone", c.At);
}

/// <summary>
/// How many comments one person may post on goals per hour (<c>RateLimits:GoalCommentsPerHour</c>, default 60), per
/// instance, as feedback is limited: a script or a stuck key can't bury a goal's conversation.
/// </summary>
public sealed class GoalCommentRateLimit(IConfiguration configuration) : HourlyLimit(configuration, "GoalCommentsPerHour", 60);
