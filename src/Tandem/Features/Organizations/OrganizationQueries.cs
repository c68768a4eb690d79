using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Organizations;

/// <summary>The current organisation's settings, as every member reads them.</summary>
public sealed class OrganizationQueries(TandemDb db, CurrentUser current)
{
    public Task<OrganizationSettingsDto> GetAsync(CancellationToken ct) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == current.OrganizationId)
            .Select(o => new OrganizationSettingsDto(o.Name, o.TimeZone, o.AnonymityThreshold, o.ManagerChainCanRead, o.RequireGoalApproval, o.AllowAnonymousFeedback, o.NamePeersToEmployee))
            .SingleAsync(ct);
}
