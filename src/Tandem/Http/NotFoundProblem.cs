using System.Reflection;

namespace Tandem.Http;

/// <summary>404: nothing with that id that the signed-in person may see. Hidden and missing look the same.</summary>
public sealed class NotFoundProblem(string? detail = "Not found.") : IFailureProblem
{
    public static OutcomeKind Kind => OutcomeKind.NotFound;

    public int? StatusCode => StatusCodes.Status404NotFound;

    public string? Detail => detail;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found").ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status404NotFound, "Nothing with that id that the signed-in person may see.");
}
