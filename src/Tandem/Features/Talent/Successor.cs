using Tandem.Data;

namespace Tandem.Features.Talent;

/// <summary>Someone nominated to succeed the holder of a key role, with how ready they are, their own flight risk and notes.</summary>
public sealed class Successor : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public Guid RoleId { get; set; }
    public Guid PersonId { get; set; }
    public Readiness Readiness { get; set; }
    public Level? FlightRisk { get; set; }
    public string? Notes { get; set; }
    public Guid NominatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}

public enum Readiness
{
    ReadyNow,
    OneToTwoYears,
    ThreeYearsOrMore,
}
