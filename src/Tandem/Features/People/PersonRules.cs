using System.Net.Mail;
using Tandem.Http;

namespace Tandem.Features.People;

/// <summary>Field rules for people, shared by the form, the API and the CSV import.</summary>
public static class PersonRules
{
    public const int NameMax = 200;
    public const int EmailMax = 254;
    public const int TextMax = 200;
    public const int ShortTextMax = 64;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// How people search compares names: lower case, one space between words. The migration that added the keys computed
    /// them with SQL's lower(), which on SQLite leaves letters outside ASCII as they were until the person is next saved.
    /// </summary>
    public static string NameKey(string? name) =>
        string.Join(' ', (name ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The name key from its last word on ("raman priya" for Priya Raman); the name key for one word.</summary>
    public static string SurnameKey(string? name)
    {
        var key = NameKey(name);
        var last = key.LastIndexOf(' ');
        return last < 0 ? key : $"{key[(last + 1)..]} {key[..last]}";
    }

    public static bool IsValidEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return false;
        var trimmed = email.Trim();
        if (trimmed.Length > EmailMax || trimmed.Any(char.IsWhiteSpace)) return false;
        return MailAddress.TryCreate(trimmed, out var address)
               && address.Address == trimmed
               && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Checks the fields that do not need the database.</summary>
    public static void CheckFields(PersonInput input, FieldErrors errors, DateOnly today)
    {
        errors.Require(nameof(input.Name), input.Name, "Name", NameMax);
        if (string.IsNullOrWhiteSpace(input.Email)) errors.Add(nameof(input.Email), "Email is required.");
        else if (!IsValidEmail(input.Email)) errors.Add(nameof(input.Email), "Enter an email address like name@example.com.");
        errors.Limit(nameof(input.EmployeeNumber), input.EmployeeNumber, "Employee number", ShortTextMax);
        errors.Limit(nameof(input.Title), input.Title, "Title", TextMax);
        errors.Limit(nameof(input.Location), input.Location, "Location", TextMax);
        if (!string.IsNullOrWhiteSpace(input.TimeZone) && TimeZones.Normalize(input.TimeZone) is null)
            errors.Add(nameof(input.TimeZone), "Use a time zone name such as Europe/Berlin or America/New_York.");
        if (input.StartDate is { } start && (start.Year < 1900 || start > today.AddYears(1)))
            errors.Add(nameof(input.StartDate), "Enter a start date between 1900 and a year from today.");
        if (!Enum.IsDefined(input.Status))
            errors.Add(nameof(input.Status), "Status is one of Active, OnLeave or Left.");
    }

}

/// <summary>A person's editable fields, as the form and the API send them.</summary>
public sealed record PersonInput
{
    /// <summary>Full name as the person writes it.</summary>
    public string Name { get; init; } = "";
    /// <summary>Work email; unique in the organisation and used to sign in.</summary>
    public string Email { get; init; } = "";
    public string? EmployeeNumber { get; init; }
    public string? Title { get; init; }
    public Guid? DepartmentId { get; init; }
    public Guid? TeamId { get; init; }
    public Guid? ManagerId { get; init; }
    public string? Location { get; init; }
    /// <summary>IANA time zone, e.g. Europe/Berlin. Defaults to the organisation's.</summary>
    public string? TimeZone { get; init; }
    public DateOnly? StartDate { get; init; }
    public PersonStatus Status { get; init; } = PersonStatus.Active;
}
