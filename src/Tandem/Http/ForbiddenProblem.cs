using System.Reflection;

namespace Tandem.Http;

/// <summary>403: the signed-in person may see this but not do that (the service's own check of rights).</summary>
public sealed class ForbiddenProblem(string? detail) : IFailureProblem
{
    public static OutcomeKind Kind => OutcomeKind.Forbidden;

    public int? StatusCode => StatusCodes.Status403Forbidden;

    public string? Detail => detail;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status403Forbidden, "The signed-in person may not do this.");
}
