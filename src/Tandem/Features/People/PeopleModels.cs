using Tandem.Security;

namespace Tandem.Features.People;

/// <summary>A person as lists show them.</summary>
public sealed record PersonSummary(
    Guid Id,
    string Name,
    string Email,
    string? Title,
    string? Department,
    string? Team,
    Guid? ManagerId,
    string? ManagerName,
    string? Location,
    PersonStatus Status);

/// <summary>Someone in a reporting chain or a list of reports.</summary>
public sealed record PersonRef(Guid Id, string Name, string? Title);

/// <summary>A person's full record, with their place in the reporting tree.</summary>
/// <param name="Chain">Managers from the top of the organisation down to the direct manager.</param>
/// <param name="PeopleBelow">Everyone below this person, at any depth.</param>
public sealed record PersonDetails(
    Guid Id,
    string Name,
    string Email,
    string? EmployeeNumber,
    string? Title,
    Guid? DepartmentId,
    string? Department,
    Guid? TeamId,
    string? Team,
    Guid? ManagerId,
    string? Location,
    string TimeZone,
    DateOnly? StartDate,
    PersonStatus Status,
    OrgRoles Roles,
    long Version,
    IReadOnlyList<PersonRef> Chain,
    IReadOnlyList<PersonRef> DirectReports,
    int PeopleBelow,
    bool HasAccount);

/// <summary>Filters for the people list. All optional.</summary>
public sealed record PeopleQuery(
    string? Search = null,
    Guid? DepartmentId = null,
    Guid? TeamId = null,
    Guid? ManagerId = null,
    PersonStatus? Status = null,
    string? After = null,
    int? Limit = null);

/// <summary>An edit of a person: the fields plus the version the editor saw.</summary>
public sealed record PersonUpdate(PersonInput Person, long Version);

/// <summary>Which organisation-wide roles a person holds.</summary>
public sealed record RolesInput(bool HrAdmin, bool OrgAdmin)
{
    public OrgRoles ToRoles() => (HrAdmin ? OrgRoles.HrAdmin : OrgRoles.None) | (OrgAdmin ? OrgRoles.OrgAdmin : OrgRoles.None);
}
