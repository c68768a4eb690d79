using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Features.Audit;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Organizations;

/// <summary>Changes the current organisation's settings (org admins).</summary>
public sealed class OrganizationService(TandemDb db, CurrentUser current, OrganizationAccess access, AuditService audit)
{
    public async Task<Outcome<OrganizationSettingsDto>> UpdateAsync(OrganizationSettingsDto input, CancellationToken ct)
    {
        if (!access.CanChangeSettings) return Failure.Forbidden(OrganizationAccess.ChangeRefusal);
        var errors = new FieldErrors();
        errors.Require(nameof(input.Name), input.Name, "Name", 200);
        if (TimeZones.Normalize(input.TimeZone) is null)
            errors.Add(nameof(input.TimeZone), "Use a time zone name such as Europe/Berlin.");
        if (input.AnonymityThreshold is < Organization.MinimumAnonymityThreshold or > 50)
            errors.Add(nameof(input.AnonymityThreshold),
                $"Anonymous answers are shown only over at least {Organization.MinimumAnonymityThreshold} people; choose {Organization.MinimumAnonymityThreshold} to 50.");
        if (errors.Any) return errors.ToFailure();

        var org = await db.Organizations.SingleAsync(o => o.Id == current.OrganizationId, ct);
        var before = new OrganizationSettingsDto(org.Name, org.TimeZone, org.AnonymityThreshold, org.ManagerChainCanRead, org.RequireGoalApproval, org.AllowAnonymousFeedback, org.NamePeersToEmployee);
        org.Name = input.Name.Trim();
        org.TimeZone = TimeZones.Normalize(input.TimeZone)!;
        org.AnonymityThreshold = input.AnonymityThreshold;
        org.ManagerChainCanRead = input.ManagerChainCanRead;
        org.RequireGoalApproval = input.RequireGoalApproval;
        org.AllowAnonymousFeedback = input.AllowAnonymousFeedback;
        org.NamePeersToEmployee = input.NamePeersToEmployee;
        var after = new OrganizationSettingsDto(org.Name, org.TimeZone, org.AnonymityThreshold, org.ManagerChainCanRead, org.RequireGoalApproval, org.AllowAnonymousFeedback, org.NamePeersToEmployee);
        if (after != before)
        {
            audit.Add(AuditActions.SettingsChanged, detail: $"{before} → {after}");
            await db.SaveChangesAsync(ct);
        }
        return after;
    }
}
