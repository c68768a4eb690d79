using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.WebUtilities;

namespace Tandem.Data;

/// <summary>
/// Reading and writing the CSV files that imports and exports use: a header row naming known columns in any
/// order (case, spaces and dashes don't matter), one record per row. Spreadsheet formulas are neutralised on
/// the way out and restored on the way in, so an export imports again unchanged.
/// </summary>
public static class CsvTable
{
    public const long MaxBytes = 20_000_000;

    /// <summary>A row as read: the cell of each known column that the file has (absent columns are missing).</summary>
    /// <remarks>
    /// The rows of a file share one map of columns to positions and keep only their cells: a dictionary per row was
    /// most of an import's memory at 50,000 rows.
    /// </remarks>
    public sealed class Row(int number, IReadOnlyDictionary<string, int> positions, string[] cells)
    {
        public int Number { get; } = number;
        public bool Has(string column) => positions.ContainsKey(column);
        public string? this[string column] => positions.TryGetValue(column, out var i) && cells[i].Length > 0 ? cells[i] : null;
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

            var positions = new Dictionary<string, int>(StringComparer.Ordinal); // column → its index in the file
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

            // Rows keep the known columns' cells in this order; cellOf (column → index among them) is shared by all rows.
            var fileIndex = positions.Values.ToArray();
            var cellOf = positions.Keys.Index().ToDictionary(x => x.Item, x => x.Index, StringComparer.Ordinal);
            while (csv.Read())
            {
                // Row numbers as a spreadsheet shows them: the header is row 1.
                var number = (int)csv.RowNumber + 1;
                if (rows.Count >= maxRows)
                {
                    errors.Add(new ImportRowError(number, "", $"The file has more than {maxRows:N0} rows; split it into smaller files."));
                    break;
                }
                var cells = new string[fileIndex.Length];
                for (var i = 0; i < cells.Length; i++) cells[i] = Unescape(csv.GetString(fileIndex[i]).Trim());
                if (cells.All(v => v.Length == 0)) continue;
                rows.Add(new Row(number, cellOf, cells));
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

    /// <summary>
    /// The request body as text to parse, or null when larger than <see cref="MaxBytes"/>. Parsing is synchronous and
    /// request bodies are not, so the body is read to the end first, into a temporary file beyond 1 MB: a large import
    /// is never held in memory as bytes and again as a string.
    /// </summary>
    public static async Task<TextReader?> OpenUploadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes) return null;
        request.EnableBuffering(bufferThreshold: 1_000_000, bufferLimit: MaxBytes);
        try
        {
            await request.Body.DrainAsync(ct);
        }
        catch (IOException)
        {
            return null; // past the buffer's limit (a body sent without its length), or an upload broken off: nothing to import
        }
        request.Body.Position = 0;
        return new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
    }

    private static string NormalizeHeader(string header) => header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    // Spreadsheets run cells starting with these as formulas: the export prefixes them with ', the import removes it.
    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static string Unescape(string cell) => cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;
}

/// <summary>A problem with one row of an imported file (row 1 is the header, as spreadsheets count).</summary>
public sealed record ImportRowError(int Row, string Column, string Message);
