using System.Reflection;

namespace Tandem.Http;

/// <summary>409: the change conflicts with the current state (a newer version, a duplicate); extensions may carry that state.</summary>
public sealed class ConflictProblem(string? detail, IReadOnlyDictionary<string, object?>? extensions = null) : IFailureProblem
{
    public static OutcomeKind Kind => OutcomeKind.Conflict;

    public int? StatusCode => StatusCodes.Status409Conflict;

    public string? Detail => detail;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(detail ?? "The change conflicts with the current state.", statusCode: StatusCodes.Status409Conflict,
            title: "Conflict", extensions: extensions?.ToDictionary()).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status409Conflict, "The change conflicts with the current state.");
}
