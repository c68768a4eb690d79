using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;

namespace Tandem.Features.Audit;

/// <summary>Reads the audit log, newest first (HR and org admins). Reading it is itself audited.</summary>
public sealed class AuditQueries(TandemDb db, AuditAccess access, IPersonNames people, AuditService audit)
{
    public async Task<Page<AuditEntry>> ListAsync(AuditQuery query, CancellationToken ct)
    {
        var limit = Cursor.Limit(query.Limit);
        var events = access.Readable(db.AuditEvents.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(query.Action)) events = events.Where(e => e.Action == query.Action);
        if (query.PersonId is { } person) events = events.Where(e => e.ActorId == person || e.SubjectId == person);
        if (Cursor.Decode(query.After, 1) is [var idText] && Guid.TryParse(idText, out var after))
            events = events.Where(e => e.Id < after);

        var rows = await events.OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(ct);
        IEnumerable<Guid?> mentioned = [.. rows.Select(e => e.ActorId), .. rows.Select(e => e.SubjectId), query.PersonId];
        var names = await people.NamesAsync([.. mentioned.OfType<Guid>().Distinct()], ct);
        if (query.After is null && access.CanRead)
        {
            // Only a person of this organisation is recorded as the subject: the filter is caller input.
            audit.Add(AuditActions.AuditLogRead, query.PersonId is { } id && names.ContainsKey(id) ? id : null, query.Action);
            await db.SaveChangesAsync(ct);
        }
        var entries = rows.Select(e => new AuditEntry(e.Id, e.At, e.Action, e.ActorId, Name(e.ActorId), e.SubjectId, Name(e.SubjectId), e.Detail, e.IpAddress)).ToList();
        return Cursor.ToPage(entries, limit, e => Cursor.Encode(e.Id.ToString()));

        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known) : null;
    }
}
