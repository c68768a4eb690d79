using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>413: an uploaded file over the size an import reads.</summary>
public sealed class TooLargeProblem(string detail) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status413PayloadTooLarge;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status413PayloadTooLarge, "The file is too large.");
}
