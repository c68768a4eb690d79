using System.Globalization;
using System.Text;
using CsvHelper;

namespace Tandem.Data;

/// <summary>A problem with one row of an imported file (row 1 is the header, as spreadsheets count).</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>
/// Reading and writing the CSV files that imports and exports use: a header row naming known columns in any
/// order (case, spaces and dashes don't matter), one record per row. Spreadsheet formulas are neutralised on
/// the way out and restored on the way in, so an export imports again unchanged.
/// </summary>
public static class CsvTable
{
    public const long MaxBytes = 20_000_000;

    /// <summary>A row as read: the cell of each known column that the file has (absent columns are missing).</summary>
    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public bool Has(string column) => Cells.ContainsKey(column);
        public string? this[string column] => Cells.TryGetValue(column, out var v) && v.Length > 0 ? v : null;
    }

    public sealed record ParsedFile(IReadOnlyList<Row> Rows, IReadOnlyList<ImportRowError> Errors, IReadOnlyList<string> Notes);

    public static ParsedFile Read(TextReader text, IReadOnlyList<string> columns, IReadOnlyList<string> required, int maxRows)
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
                return new ParsedFile(rows, [new ImportRowError(1, "", $"The file is empty. The first row must name the columns, e.g. {string.Join(',', required)}.")], notes);

            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                var column = NormalizeHeader(header[i]);
                if (!columns.Contains(column)) notes.Add($"Column \"{header[i]}\" is not one Tandem knows; it was ignored.");
                else if (!positions.TryAdd(column, i)) errors.Add(new ImportRowError(1, column, $"The column \"{header[i]}\" appears twice."));
            }
            foreach (var column in required)
            {
                if (!positions.ContainsKey(column)) errors.Add(new ImportRowError(1, column, $"The file needs a \"{column}\" column."));
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

    /// <summary>A header row and then one row per record, cells starting like formulas prefixed with '.</summary>
    public static string Write(IReadOnlyList<string> columns, IEnumerable<string?[]> records)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord([.. columns]);
            foreach (var record in records) csv.WriteRecord([.. record.Select(c => c ?? "")]);
        }
        return text.ToString();
    }

    /// <summary>Reads an uploaded file into memory (parsing is synchronous, request bodies are not), or null when too large.</summary>
    public static async Task<string?> ReadUploadAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string NormalizeHeader(string header) => header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    // Spreadsheets run cells starting with these as formulas: the export prefixes them with ', the import removes it.
    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string Unescape(string cell) => cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;
}
