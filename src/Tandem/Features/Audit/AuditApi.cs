using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Audit;

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(Policies.Admin);
        audit.MapGet("/", ListAsync).WithName("ListAuditEvents")
            .WithSummary("Security-relevant events, newest first (HR and org admins), filtered by who (personId, or person: a name or email), " +
                         "what (action) and when (from and to: dates in your time zone, both included).");
        audit.MapGet("/export", ExportAsync).WithName("ExportAuditEvents")
            .WithSummary($"The filtered events as CSV, newest first, at most {AuditQueries.ExportMax:N0} (HR and org admins); the export is audited.");
        return app;
    }

    private static async Task<Results<Ok<Page<AuditEntry>>, BadCursorProblem, ValidationProblem>> ListAsync([AsParameters] AuditFilter filter,
        string? after, int? limit, AuditQueries queries, CancellationToken ct)
    {
        if (Cursor.IsBad(after, 1)) return new BadCursorProblem();
        var page = await queries.ListAsync(filter, after, limit, ct);
        return page.Succeeded ? TypedResults.Ok(page.Value!) : BadFilter(page.Errors);
    }

    private static async Task<Results<CsvFile, ValidationProblem>> ExportAsync([AsParameters] AuditFilter filter, AuditQueries queries, CancellationToken ct)
    {
        var csv = await queries.ExportAsync(filter, ct);
        return csv.Succeeded ? new CsvFile(csv.Value!, "audit-log.csv") : BadFilter(csv.Errors);
    }

    private static ValidationProblem BadFilter(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some filters can't be used.");
}
