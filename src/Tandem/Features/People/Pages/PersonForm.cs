using System.ComponentModel.DataAnnotations;

namespace Tandem.Features.People.Pages;

/// <summary>The person form's fields; the manager is entered by email and resolved on save.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = "Name is required.")]
    [StringLength(PersonRules.NameMax)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Email is required.")]
    [StringLength(PersonRules.EmailMax)]
    public string Email { get; set; } = "";

    public string? EmployeeNumber { get; set; }
    public string? Title { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? TeamId { get; set; }
    public string? ManagerEmail { get; set; }
    public string? Location { get; set; }
    public string? TimeZone { get; set; }
    public DateOnly? StartDate { get; set; }
    public PersonStatus Status { get; set; } = PersonStatus.Active;
    public long Version { get; set; }

    public PersonInput ToInput(Guid? managerId) => new()
    {
        Name = Name,
        Email = Email,
        EmployeeNumber = EmployeeNumber,
        Title = Title,
        DepartmentId = DepartmentId,
        TeamId = TeamId,
        ManagerId = managerId,
        Location = Location,
        TimeZone = TimeZone,
        StartDate = StartDate,
        Status = Status,
    };

    public static async Task<PersonForm> FromAsync(PersonDetails person, PeopleQueries people, CancellationToken ct) => new()
    {
        Name = person.Name,
        Email = person.Email,
        EmployeeNumber = person.EmployeeNumber,
        Title = person.Title,
        DepartmentId = person.DepartmentId,
        TeamId = person.TeamId,
        ManagerEmail = person.ManagerId is { } m ? await people.EmailOfAsync(m, ct) : null,
        Location = person.Location,
        TimeZone = person.TimeZone,
        StartDate = person.StartDate,
        Status = person.Status,
        Version = person.Version,
    };
}
