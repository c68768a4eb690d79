using Tandem.Data;
using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>Someone in the organisation, whether or not they have signed in yet.</summary>
public sealed class Person : ITenantOwned, ITimestamped, IVersioned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name
    {
        get => _name;
        set => (_name, NameKey, SurnameKey) = (value, PersonRules.NameKey(value), PersonRules.SurnameKey(value));
    }
    private string _name = "";
    /// <summary>The name as search compares it (lower case, single spaces), kept with <see cref="Name"/>: "priya raman".</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>The same from the last word on, so that a surname finds the person too: "raman priya".</summary>
    public string SurnameKey { get; private set; } = "";
    /// <summary>Work email, stored lower-case; unique in the organisation.</summary>
    public required string Email { get; set; }
    public string? EmployeeNumber { get; set; }
    public string? Title { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? TeamId { get; set; }
    public Guid? ManagerId { get; set; }
    public string? Location { get; set; }
    /// <summary>IANA time zone id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; set; } = "UTC";
    public DateOnly? StartDate { get; set; }
    public PersonStatus Status { get; set; } = PersonStatus.Active;
    public OrgRoles Roles { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }

    public Department? Department { get; set; }
    public Team? Team { get; set; }
    public Person? Manager { get; set; }
}

public enum PersonStatus
{
    Active,
    OnLeave,
    Left,
}

/// <summary>A department: a large unit of the organisation, e.g. Engineering.</summary>
public sealed class Department : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
}

/// <summary>A team, usually inside a department.</summary>
public sealed class Team : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid? DepartmentId { get; set; }
    public Department? Department { get; set; }
}

/// <summary>
/// One row of the reporting tree's closure: <see cref="AncestorId"/> is <see cref="Depth"/> levels above
/// <see cref="DescendantId"/> (depth 0 is the person themself). Answers "is A in B's manager chain" and
/// "everyone under A" with one indexed lookup. Maintained by <see cref="ReportingLines"/>.
/// </summary>
public sealed class ReportingLine : ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid AncestorId { get; set; }
    public Guid DescendantId { get; set; }
    public int Depth { get; set; }
}
