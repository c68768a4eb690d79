using System.Globalization;
using CsvHelper;

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

    /// <summary>A row as read: the cell of each known column that the file has (absent columns are missing).</summary>
    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public bool Has(string column) => Cells.ContainsKey(column);
        public string? this[string column] => Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
    }

    public sealed record ParsedFile(IReadOnlyList<Row> Rows, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Notes);

    /// <summary>A person as the export writes them.</summary>
    public sealed record ExportRow(string Email, string Name, string? EmployeeNumber, string? Title, string? Department, string? Team,
        string? ManagerEmail, string? Location, string TimeZone, DateOnly? StartDate, PersonStatus Status);

    public static ParsedFile Read(TextReader text, int maxRows)
    {
        var errors = new List<ImportRowError>();
        var notes = new List<string>();
        var rows = new List<Row>();
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            MaxRecordSize = 1_000_000,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => errors.Add(new ImportRowError((int)record.RecordNumber, "", "This row is not valid CSV; check its quotes.")),
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            var header = csv.Headers;
            if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
                return new ParsedFile(rows, [new ImportRowError(1, "", "The file is empty. The first row must name the columns, e.g. email,name,manager_email.")], notes);

            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var column = NormalizeHeader(header[i]);
                if (!Columns.Contains(column)) notes.Add($"Column \"{header[i]}\" is not one Tandem knows; it was ignored.");
                else if (!positions.TryAdd(column, i)) errors.Add(new ImportRowError(1, column, $"The column \"{header[i]}\" appears twice."));
            }
            foreach (var required in new[] { Email, Name })
            {
                if (!positions.ContainsKey(required)) errors.Add(new ImportRowError(1, required, $"The file needs a \"{required}\" column."));
            }
            if (errors.Count > 0) return new ParsedFile(rows, errors, notes);

            while (csv.Read())
            {
                // Row numbers as a spreadsheet shows them: the header is row 1.
                var number = (int)csv.RowNumber + 1;
                if (rows.Count >= maxRows)
                {
                    errors.Add(new ImportRowError(number, "", $"The file has more than {maxRows:N0} rows; split it into smaller files."));
                    break;
                }
                var cells = positions.ToDictionary(p => p.Key, p => Unescape(csv.GetString(p.Value).Trim()), StringComparer.Ordinal);
                if (cells.Values.All(v => v.Length == 0)) continue;
                rows.Add(new Row(number, cells));
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new ImportRowError((int)e.RecordNumber, "", "This row could not be read as CSV: " + e.Message));
        }
        return new ParsedFile(rows, errors, notes);
    }

    public static string Write(IEnumerable<ExportRow> people)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var p in people)
            {
                csv.WriteRecord([p.Email, p.Name, p.EmployeeNumber ?? "", p.Title ?? "", p.Department ?? "", p.Team ?? "", p.ManagerEmail ?? "",
                    p.Location ?? "", p.TimeZone, p.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", StatusText(p.Status)]);
            }
        }
        return text.ToString();
    }

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

    private static string NormalizeHeader(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    // Spreadsheets run cells starting with these as formulas: the export prefixes them with ', the import removes it.
    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string Unescape(string cell) => cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;
}
