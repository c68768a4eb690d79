using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>200 with a CSV file to download (an export in its import's format).</summary>
public sealed class CsvFile(string csv, string fileName) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.File(Encoding.UTF8.GetBytes(csv), MediaType, fileName).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));
}
