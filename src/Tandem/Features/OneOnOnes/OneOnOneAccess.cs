using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.OneOnOnes;

/// <summary>
/// Who may read 1:1s (the visibility table of docs/security.md): the shared agenda, notes and next steps only the two
/// participants; private notes and private talking points only their author (never the other person, an
/// admin or a manager above); the pair's numbers (two-way index, follow-through, cadence, never content) also
/// the lead's manager chain and HR admins. Nothing across organisations: the tenant filter applies first.
/// </summary>
public sealed class OneOnOneAccess(TandemDb db, CurrentUser me, Reach reach)
{
    public Guid PersonId => me.PersonId;

    /// <summary>The series the signed-in person takes part in.</summary>
    public IQueryable<OneOnOneSeries> Mine() => db.OneOnOneSeries.AsNoTracking().Where(s => s.LeadId == me.PersonId || s.PartnerId == me.PersonId);

    /// <summary>A series the signed-in person takes part in, or null (also for other organisations' ids).</summary>
    public Task<OneOnOneSeries?> SeriesAsync(Guid seriesId, CancellationToken ct) => Mine().SingleOrDefaultAsync(s => s.Id == seriesId, ct);

    /// <summary>A meeting of a series the signed-in person takes part in, with its series; or null.</summary>
    public async Task<(OneOnOneSeries Series, Meeting Meeting)?> MeetingAsync(Guid meetingId, CancellationToken ct)
    {
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Join(Mine(), m => m.SeriesId, s => s.Id, (m, s) => new { m, s })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : (row.s, row.m);
    }

    /// <summary>The private-topic rule: shared items, and the signed-in person's own private talking points.</summary>
    public Expression<Func<AgendaItem, bool>> ReadableItem
    {
        get
        {
            var meId = me.PersonId;
            return a => !a.IsPrivate || a.AuthorId == meId;
        }
    }

    /// <summary>Agenda items of a meeting the signed-in person may read.</summary>
    public IQueryable<AgendaItem> ReadableItems(Guid meetingId) =>
        db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == meetingId).Where(ReadableItem);

    /// <summary>True when the signed-in person is in <paramref name="personId"/>'s manager chain (as the org allows).</summary>
    public Task<bool> CanReadAsManagerOfAsync(Guid personId, CancellationToken ct) => reach.CanReadAsManagerAsync(personId, ct);

    /// <summary>May the signed-in person see a pair's numbers (not their content)?</summary>
    public async Task<bool> CanSeeMetricsAsync(OneOnOneSeries series, CancellationToken ct) =>
        series.Includes(me.PersonId) || me.IsHrAdmin || await reach.CanReadAsManagerAsync(series.LeadId, ct);
}
