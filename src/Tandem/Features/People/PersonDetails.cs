using Tandem.Security;

namespace Tandem.Features.People;

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
