using Tandem.Security;

namespace Tandem.Features.Audit;

/// <summary>HR admins and org admins read the audit log; nobody changes it (events are only ever added).</summary>
public sealed class AuditAccess(Reach reach)
{
    public bool CanRead => reach.IsHrAdmin || reach.IsOrgAdmin;

    /// <summary>The events the signed-in person may read: all of their organisation's, or none.</summary>
    public IQueryable<AuditEvent> Readable(IQueryable<AuditEvent> events) => CanRead ? events : events.Where(_ => false);
}
