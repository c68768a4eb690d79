using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.Audit;

/// <summary>
/// Writes audit events. <c>Add</c> joins the caller's unit of work, so an audited change and its
/// event are saved together or not at all; <see cref="WriteAsync"/> saves a standalone event at once.
/// </summary>
public sealed class AuditService(TandemDb db, CurrentUser current, TimeProvider time, IHttpContextAccessor http)
{
    public void Add(string action, Guid? subjectId = null, string? detail = null) =>
        Add(current.OrganizationId, current.IsAuthenticated ? current.PersonId : null, action, subjectId, detail);

    public void Add(Guid organizationId, Guid? actorId, string action, Guid? subjectId, string? detail) =>
        db.AuditEvents.Add(New(organizationId, actorId, action, subjectId, detail));

    /// <summary>An event by the signed-in person that is not added to the context: for writes of many rows at once (<see cref="BulkInsert"/>).</summary>
    public AuditEvent New(string action, Guid? subjectId = null, string? detail = null) =>
        New(current.OrganizationId, current.IsAuthenticated ? current.PersonId : null, action, subjectId, detail);

    private AuditEvent New(Guid organizationId, Guid? actorId, string action, Guid? subjectId, string? detail) => new()
    {
        OrganizationId = organizationId,
        Id = Ids.New(time),
        At = time.GetUtcNow(),
        ActorId = actorId,
        Action = action,
        SubjectId = subjectId,
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
    };

    /// <summary>Saves one event now, e.g. a sign-in, outside of any other change.</summary>
    public async Task WriteAsync(Guid organizationId, Guid? actorId, string action, Guid? subjectId, string? detail, CancellationToken ct)
    {
        using var tenant = db.ActAs(organizationId);
        Add(organizationId, actorId, action, subjectId, detail);
        await db.SaveChangesAsync(ct);
    }
}
