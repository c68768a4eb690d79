using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Security;

/// <summary>
/// Rights that come from the reporting line, never from a global flag: the direct manager always, and the
/// managers above when the organisation allows it (<c>ManagerChainCanRead</c>). Features ask here, so the
/// rule lives in one place.
/// </summary>
public sealed class ReportingAccess(TandemDb db, CurrentUser me)
{
    /// <summary>True when the signed-in person is <paramref name="personId"/>'s direct manager.</summary>
    public Task<bool> IsDirectManagerOfAsync(Guid personId, CancellationToken ct) =>
        db.ReportingLines.AnyAsync(r => r.AncestorId == me.PersonId && r.DescendantId == personId && r.Depth == 1, ct);

    /// <summary>
    /// True when the signed-in person may read, as a manager, what <paramref name="personId"/>'s manager may
    /// read: as the direct manager, or anywhere above them if the organisation lets the chain read.
    /// </summary>
    public async Task<bool> CanReadAsManagerAsync(Guid personId, CancellationToken ct)
    {
        if (!me.IsAuthenticated || personId == me.PersonId) return false;
        var depth = await db.ReportingLines
            .Where(r => r.AncestorId == me.PersonId && r.DescendantId == personId && r.Depth > 0)
            .Select(r => (int?)r.Depth)
            .SingleOrDefaultAsync(ct);
        return depth == 1 || (depth > 1 && me.ManagerChainCanRead);
    }
}
