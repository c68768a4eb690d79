using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

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
}
