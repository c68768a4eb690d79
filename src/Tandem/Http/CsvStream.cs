using System.Globalization;
using System.Reflection;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>
/// 200 with a CSV file written row by row as the rows arrive, for exports too large to hold in memory; cells that start
/// like formulas are neutralised as in <see cref="Data.CsvTable"/>.
/// </summary>
public sealed class CsvStream(IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, string fileName)
    : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    private const int RowsPerWrite = 1000;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = CsvFile.MediaType + "; charset=utf-8";
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // Kestrel refuses synchronous writes: rows are written to a buffer, and the buffer to the response asynchronously.
        var buffer = new StringBuilder();
        await using var text = new StringWriter(buffer, CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        await using var body = new StreamWriter(httpContext.Response.Body, new UTF8Encoding(false));
        csv.WriteRecord([.. columns]);
        var written = 0;
        await foreach (var row in rows.WithCancellation(httpContext.RequestAborted))
        {
            csv.WriteRecord([.. row.Select(c => c ?? "")]);
            if (++written % RowsPerWrite == 0) await DrainAsync(csv, buffer, body);
        }
        await DrainAsync(csv, buffer, body);
    }

    private static async Task DrainAsync(CsvWriter csv, StringBuilder buffer, StreamWriter body)
    {
        csv.Flush();
        await body.WriteAsync(buffer, default);
        buffer.Clear();
        await body.FlushAsync();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [CsvFile.MediaType]));
}
