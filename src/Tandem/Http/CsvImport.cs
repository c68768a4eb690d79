using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Tandem.Data;

namespace Tandem.Http;

/// <summary>
/// The answer of a CSV import endpoint: 413 for a file over <see cref="CsvTable.MaxBytes"/>; otherwise the import's
/// report, 200 when it applied (or, on a dry run, would apply) and 422 when it found errors and applied nothing.
/// </summary>
public static class CsvImport
{
    public static async Task<Results<Ok<TReport>, RejectedImport<TReport>, TooLargeProblem>> AnswerAsync<TReport>(HttpRequest request,
        Func<TextReader, Task<TReport>> import, Func<TReport, bool> hasErrors, CancellationToken ct)
    {
        using var csv = await CsvTable.OpenUploadAsync(request, ct);
        if (csv is null) return new TooLargeProblem($"The file is larger than {CsvTable.MaxBytes / 1_000_000} MB; split it into smaller files.");
        var report = await import(csv);
        return hasErrors(report) ? new RejectedImport<TReport>(report) : TypedResults.Ok(report);
    }
}

/// <summary>
/// 422 for a file that was checked and not applied: problem details whose members are the report's own (errors per row,
/// notes), so a client reads it as it reads the 200 report, and every 4xx is RFC 9457.
/// </summary>
public sealed class RejectedImport<TReport>(TReport report) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status422UnprocessableEntity;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var problem = new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = "The file has errors; nothing was applied." };
        foreach (var member in JsonSerializer.SerializeToElement(report, json).EnumerateObject()) problem.Extensions[member.Name] = member.Value;
        return TypedResults.Problem(problem).ExecuteAsync(httpContext);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status422UnprocessableEntity, "The file has errors; nothing was applied.", typeof(TReport));
}
