using Tandem.Security;

namespace Tandem.Features.Audit;

/// <summary>
/// HR admins and org admins read the audit log; nobody changes it (events are only ever added). Events about calibration,
/// improvement plans and recognition are HR's alone: an org admin who is not an HR admin doesn't learn that a plan exists.
/// </summary>
public sealed class AuditAccess(Reach reach)
{
    public bool CanRead => reach.IsHrAdmin || reach.IsOrgAdmin;

    /// <summary>The events the signed-in person may read: all of their organisation's (HR's own for HR admins), or none.</summary>
    public IQueryable<AuditEvent> Readable(IQueryable<AuditEvent> events) =>
        !CanRead ? events.Where(_ => false) : reach.IsHrAdmin ? events : events.Where(e => !AuditActions.HrOnly.Contains(e.Action));
}
