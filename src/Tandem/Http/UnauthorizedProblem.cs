using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>401 from an endpoint that checks a credential itself (signing in, refreshing a token).</summary>
public sealed class UnauthorizedProblem(string detail, string? title = null) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status401Unauthorized;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: title).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status401Unauthorized, "The credential is not valid.");
}
