using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.People;
using Tandem.Security;

namespace Tandem.Features.Home;

/// <summary>
/// The first-run checklist of an HR admin's home page: one query of five EXISTS, each ticking an item off from the
/// organisation's data (<see cref="SetupProgress"/> says what each means). Nobody but HR admins asks.
/// </summary>
public sealed class SetupChecklist(TandemDb db, CurrentUser me)
{
    public async Task<SetupProgress?> ProgressAsync(CancellationToken ct)
    {
        if (!me.IsHrAdmin) return null;
        var (organizationId, viewerId) = (me.OrganizationId, me.PersonId);
        return await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new SetupProgress(
                db.People.Where(p => p.Status != PersonStatus.Left).Skip(1).Any(),
                db.CompanyValues.Any(),
                db.Goals.Any(g => g.PeriodId != null),
                db.MeetingTemplates.Any(t => t.OwnerId == null),
                db.People.Any(p => p.Id != viewerId
                                   && db.People.Any(r => r.ManagerId == p.Id && r.Status != PersonStatus.Left)
                                   && db.Users.Any(u => u.OrganizationId == organizationId && u.PersonId == p.Id))))
            .SingleAsync(ct);
    }
}
