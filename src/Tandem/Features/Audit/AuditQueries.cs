using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Audit;

/// <summary>Reads the audit log, newest first, filtered by who, what and when (HR and org admins). Reading it is itself audited.</summary>
public sealed class AuditQueries(TandemDb db, AuditAccess access, IPersonNames people, AuditService audit, CurrentUser me)
{
    /// <summary>The most people a name may match; more, and the filter asks for more of the name.</summary>
    public const int PersonMatchesMax = 20;

    /// <summary>The most events one export holds: the newest of the filter's.</summary>
    public const int ExportMax = 50_000;

    public const int PersonTextMax = 200;

    private static readonly string[] CsvColumns = ["at", "action", "what", "actor", "actor_id", "subject", "subject_id", "detail", "ip_address"];

    public async Task<Outcome<Page<AuditEntry>>> ListAsync(AuditFilter filter, string? after, int? limit, CancellationToken ct)
    {
        var (events, subject, failure) = await FilterAsync(filter, ct);
        if (failure is not null) return failure;
        var take = Cursor.Limit(limit);
        if (Cursor.Decode(after, 1) is [var idText] && Guid.TryParse(idText, out var last)) events = events.Where(e => e.Id < last);

        var rows = await events.OrderByDescending(e => e.Id).Take(take + 1).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        // Every page read is recorded, not only the first: a cursor is caller input, and a made-up one is a first page too.
        if (access.CanRead)
        {
            audit.Add(AuditActions.AuditLogRead, subject, filter.Describe());
            await db.SaveChangesAsync(ct);
        }
        return Cursor.ToPage([.. rows.Select(e => Entry(e, names))], take, e => Cursor.Encode(e.Id.ToString()));
    }

    /// <summary>The filter's events as CSV, newest first, at most <see cref="ExportMax"/>; the export is audited.</summary>
    public async Task<Outcome<string>> ExportAsync(AuditFilter filter, CancellationToken ct)
    {
        var (events, subject, failure) = await FilterAsync(filter, ct);
        if (failure is not null) return failure;
        var rows = await events.OrderByDescending(e => e.Id).Take(ExportMax).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        var count = rows.Count == 1 ? "1 event" : $"{rows.Count} events";
        audit.Add(AuditActions.AuditLogExported, subject, filter.Describe() is { } described ? $"{count}, {described}" : count);
        await db.SaveChangesAsync(ct);
        return CsvTable.Write(CsvColumns, rows.Select(e => Entry(e, names)).Select(e => new[]
        {
            e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), e.Action, e.Summary,
            e.Actor, e.ActorId?.ToString(), e.Subject, e.SubjectId?.ToString(), e.Detail, e.IpAddress,
        }));
    }

    /// <summary>
    /// The readable events the filter keeps, and the one person it names (recorded as the subject of the read), or the
    /// errors of its fields. Only a person of this organisation is ever recorded: the filter is caller input.
    /// </summary>
    private async Task<(IQueryable<AuditEvent> Events, Guid? Subject, Failure? Failure)> FilterAsync(AuditFilter filter, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var events = access.Readable(db.AuditEvents.AsNoTracking());
        if (Text.Clean(filter.Action) is { } action)
        {
            if (AuditWords.IsKnown(action)) events = events.Where(e => e.Action == action);
            else errors.Add("Action", "The audit log records no such action; choose one from the list.");
        }

        Guid?[] who = [];
        if (filter.PersonId is { } id)
        {
            if (Text.Clean(filter.Person) is not null) errors.Add("Person", "Give a person's id or their name, not both.");
            who = (await people.NamesAsync([id], ct)).Count == 1 ? [id] : [];
            if (who.Length == 0) errors.Add("PersonId", "No one in your organisation has this id.");
        }
        else if (Text.Clean(filter.Person) is { } text)
        {
            var found = text.Length > PersonTextMax ? [] : await people.FindAsync(text, PersonMatchesMax + 1, ct);
            if (found.Count == 0) errors.Add("Person", "No one in your organisation has that name or email.");
            else if (found.Count > PersonMatchesMax) errors.Add("Person", $"More than {PersonMatchesMax} people match; type more of the name, or the email.");
            else who = [.. found.Keys.Select(k => (Guid?)k)];
        }
        if (who.Length > 0) events = events.Where(e => who.Contains(e.ActorId) || who.Contains(e.SubjectId));

        var zone = TimeZones.FindOrUtc(me.TimeZone);
        if (Day(filter.From, "From", errors) is { } from)
        {
            var start = TimeZones.ToInstant(from, TimeOnly.MinValue, zone);
            events = events.Where(e => e.At >= start);
        }
        if (Day(filter.To, "To", errors) is { } to)
        {
            var end = TimeZones.ToInstant(to.AddDays(1), TimeOnly.MinValue, zone);
            events = events.Where(e => e.At < end);
        }
        if (filter.From > filter.To) errors.Add("To", "The last day is before the first.");

        return errors.Any ? (events, null, errors.ToFailure()) : (events, who is [{ } one] ? one : null, null);
    }

    // Years far from now can't be shifted by a zone's offset; nobody means them.
    private static DateOnly? Day(DateOnly? date, string field, FieldErrors errors)
    {
        if (date is not { Year: < 1900 or > 9000 }) return date;
        errors.Add(field, "Enter a date between the years 1900 and 9000.");
        return null;
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(List<AuditEvent> rows, CancellationToken ct)
    {
        IEnumerable<Guid?> mentioned = [.. rows.Select(e => e.ActorId), .. rows.Select(e => e.SubjectId)];
        return await people.NamesAsync([.. mentioned.OfType<Guid>().Distinct()], ct);
    }

    private static AuditEntry Entry(AuditEvent e, Dictionary<Guid, string> names) =>
        new(e.Id, e.At, e.Action, e.ActorId, e.ActorId is { } a ? names.GetValueOrDefault(a) : null,
            e.SubjectId, e.SubjectId is { } s ? names.GetValueOrDefault(s) : null, e.Detail, e.IpAddress);
}
