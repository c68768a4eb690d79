namespace Tandem.Features.Audit;

/// <summary>An audit event with the names of who acted and whom it concerned.</summary>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, string Action, Guid? ActorId, string? Actor,
    Guid? SubjectId, string? Subject, string? Detail, string? IpAddress)
{
    /// <summary>What happened in plain words, e.g. "Changed roles of Priya Shah".</summary>
    public string Summary => AuditWords.For(Action).Describe(ActorId, SubjectId, Subject);
}
