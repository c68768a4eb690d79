using System.Globalization;
using Tandem.Data;

namespace Tandem.Features.People;

/// <summary>
/// The org chart's CSV format: one row per person, a header row with these columns in any order.
/// Only <c>email</c> and <c>name</c> are required; a column that is absent leaves that field as it is,
/// an empty cell clears it.
/// </summary>
public static class OrgCsv
{
    public const string Email = "email";
    public const string Name = "name";
    public const string EmployeeNumber = "employee_number";
    public const string Title = "title";
    public const string Department = "department";
    public const string Team = "team";
    public const string ManagerEmail = "manager_email";
    public const string Location = "location";
    public const string TimeZone = "time_zone";
    public const string StartDate = "start_date";
    public const string Status = "status";

    public static readonly IReadOnlyList<string> Columns =
        [Email, Name, EmployeeNumber, Title, Department, Team, ManagerEmail, Location, TimeZone, StartDate, Status];

    /// <summary>A person as the export writes them.</summary>
    public sealed record ExportRow(string Email, string Name, string? EmployeeNumber, string? Title, string? Department, string? Team,
        string? ManagerEmail, string? Location, string TimeZone, DateOnly? StartDate, PersonStatus Status);

    public static CsvTable.ParsedFile Read(TextReader text, int maxRows) => CsvTable.Read(text, Columns, [Email, Name], maxRows);

    public static string Write(IEnumerable<ExportRow> people) => CsvTable.Write(Columns, people.Select(p => new[]
    {
        p.Email, p.Name, p.EmployeeNumber, p.Title, p.Department, p.Team, p.ManagerEmail, p.Location, p.TimeZone,
        p.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StatusText(p.Status),
    }));

    public static string StatusText(PersonStatus status) => status switch
    {
        PersonStatus.OnLeave => "on leave",
        PersonStatus.Left => "left",
        _ => "active",
    };

    public static PersonStatus? ParseStatus(string? text) =>
        (text ?? "").Replace("_", " ", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Trim().ToLowerInvariant() switch
        {
            "" or "active" => PersonStatus.Active,
            "on leave" or "onleave" => PersonStatus.OnLeave,
            "left" or "inactive" => PersonStatus.Left,
            _ => null,
        };
}
