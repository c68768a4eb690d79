namespace Tandem.Features.Audit;

/// <summary>Filters for the audit log. All optional.</summary>
public sealed record AuditQuery(string? Action = null, Guid? PersonId = null, string? After = null, int? Limit = null);
