namespace Tandem.Features.Audit;

/// <summary>
/// Which audit events to list or export, all optional: who (personId, or person: a name or email in your organisation;
/// events they did or that were about them), what (an action), when (from and to: dates in your time zone, both included).
/// </summary>
public sealed record AuditFilter(string? Action = null, Guid? PersonId = null, string? Person = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>The filter as the audit log records that it was read, e.g. "roles.changed, from 2026-01-01".</summary>
    public string? Describe()
    {
        string?[] parts =
        [
            Action, PersonId is { } id ? $"person {id}" : null, Person is { } who ? $"person \"{who}\"" : null,
            From is { } from ? $"from {from:yyyy-MM-dd}" : null, To is { } to ? $"to {to:yyyy-MM-dd}" : null,
        ];
        var given = parts.OfType<string>().ToList();
        return given.Count == 0 ? null : string.Join(", ", given);
    }
}
