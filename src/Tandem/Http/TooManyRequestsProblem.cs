using System.Globalization;
using System.Reflection;

namespace Tandem.Http;

/// <summary>429: a limit per person or per address was reached; <see cref="RetryAfter"/>, when set, says when to try again.</summary>
public sealed class TooManyRequestsProblem(string? detail, string title = "Too many requests") : IFailureProblem
{
    public static OutcomeKind Kind => OutcomeKind.TooManyRequests;

    public int? StatusCode => StatusCodes.Status429TooManyRequests;

    public string? Detail => detail;

    public TimeSpan? RetryAfter { get; init; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (RetryAfter is { } wait) httpContext.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: title).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status429TooManyRequests, "Too many of these lately; try again later.");
}
