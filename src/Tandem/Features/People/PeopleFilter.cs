namespace Tandem.Features.People;

/// <summary>Filters for the people list. All optional.</summary>
public sealed record PeopleFilter(
    string? Search = null,
    Guid? DepartmentId = null,
    Guid? TeamId = null,
    Guid? ManagerId = null,
    PersonStatus? Status = null,
    string? After = null,
    int? Limit = null);
