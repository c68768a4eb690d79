using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Tandem.Http;

/// <summary>RFC 9457 problem details for every error, with a trace id and nothing internal.</summary>
public static class ProblemSetup
{
    public static IServiceCollection AddTandemProblems(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] =
                Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });

    /// <summary>422 with errors per field: the request was well-formed but breaks a rule.</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string title = "Some fields need attention.") =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Title = title,
            Status = StatusCodes.Status422UnprocessableEntity,
        });

    /// <summary>409: the change conflicts with the current state (a newer version, a duplicate).</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>
    /// 422 for a file that was checked and not applied: problem details whose members are the report's own
    /// (errors per row, notes), so a client reads it as it reads the 200 report, and every 4xx is RFC 9457.
    /// </summary>
    public static IResult Rejected<T>(T report, string title = "The file has errors; nothing was applied.") => new RejectedReport<T>(report, title);

    private sealed class RejectedReport<T>(T report, string title) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var problem = new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = title };
            foreach (var member in JsonSerializer.SerializeToElement(report, json).EnumerateObject()) problem.Extensions[member.Name] = member.Value;
            return TypedResults.Problem(problem).ExecuteAsync(httpContext);
        }
    }
}
