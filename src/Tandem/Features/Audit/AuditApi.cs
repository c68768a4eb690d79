using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", ([AsParameters] AuditQuery query, AuditReader reader, CancellationToken ct) =>
                Cursor.ListAsync(query.After, 1, () => reader.ListAsync(query, ct)))
            .WithTags("Audit").RequireAuthorization(Policies.Admin)
            .WithName("ListAuditEvents").WithSummary("Security-relevant events, newest first (HR and org admins).");
        return app;
    }
}

/// <summary>An audit event with the names of who acted and whom it concerned.</summary>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, string Action, Guid? ActorId, string? Actor,
    Guid? SubjectId, string? Subject, string? Detail, string? IpAddress);

/// <summary>Filters for the audit log. All optional.</summary>
public sealed record AuditQuery(string? Action = null, Guid? PersonId = null, string? After = null, int? Limit = null);

/// <summary>Reads the audit log, newest first (HR and org admins). Reading it is itself audited.</summary>
public sealed class AuditReader(TandemDb db, AuditLog audit)
{
    public async Task<Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken ct)
    {
        var limit = Cursor.Limit(query.Limit);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action)) events = events.Where(e => e.Action == query.Action);
        if (query.PersonId is { } person) events = events.Where(e => e.ActorId == person || e.SubjectId == person);
        if (Cursor.Decode(query.After, 1) is [var idText] && Guid.TryParse(idText, out var after))
            events = events.Where(e => e.Id < after);

        var rows = await events.OrderByDescending(e => e.Id).Take(limit + 1)
            .Select(e => new AuditEntry(e.Id, e.At, e.Action, e.ActorId,
                db.People.Where(p => p.Id == e.ActorId).Select(p => p.Name).FirstOrDefault(),
                e.SubjectId, db.People.Where(p => p.Id == e.SubjectId).Select(p => p.Name).FirstOrDefault(),
                e.Detail, e.IpAddress))
            .ToListAsync(ct);
        if (query.After is null)
        {
            // Only a person of this organisation is recorded as the subject: the filter is caller input.
            var subject = query.PersonId is { } id && await db.People.AnyAsync(p => p.Id == id, ct) ? query.PersonId : null;
            audit.Add(AuditActions.AuditLogRead, subject, query.Action);
            await db.SaveChangesAsync(ct);
        }
        return Cursor.ToPage(rows, limit, e => Cursor.Encode(e.Id.ToString()));
    }
}
