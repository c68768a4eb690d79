using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Development;

/// <summary>
/// Who may read a person's assessments, gaps and (later) plans: the person, their manager chain (as the
/// organisation allows) and HR admins; never peers, never across organisations. Who may assess: the person
/// (self) and their direct manager (manager view).
/// </summary>
public sealed class DevelopmentAccess(TandemDb db, CurrentUser me, ReportingAccess reporting)
{
    public async Task<bool> CanReadAsync(Guid personId, CancellationToken ct) =>
        personId == me.PersonId || me.IsHrAdmin || await reporting.CanReadAsManagerAsync(personId, ct);

    public Task<bool> IsDirectManagerOfAsync(Guid personId, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Id == personId && p.ManagerId == me.PersonId, ct);
}
