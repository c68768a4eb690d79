namespace Tandem.Features.Audit;

/// <summary>An audit event with the names of who acted and whom it concerned.</summary>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, string Action, Guid? ActorId, string? Actor,
    Guid? SubjectId, string? Subject, string? Detail, string? IpAddress);
