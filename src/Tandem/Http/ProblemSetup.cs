using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Tandem.Http;

/// <summary>RFC 9457 problem details for every error, with a trace id and nothing internal.</summary>
public static class ProblemSetup
{
    public const string MediaType = "application/problem+json";

    public static IServiceCollection AddTandemProblems(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] =
                Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });

    /// <summary>Puts a problem answer of an endpoint into the OpenAPI document: its status, schema and what it means.</summary>
    public static void Document(EndpointBuilder builder, int status, string description, bool validation = false) =>
        Document(builder, status, description, validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails));

    // The attribute, not ProducesResponseTypeMetadata: ASP.NET Core 10 drops the latter's Description (dotnet/aspnetcore#63766).
    public static void Document(EndpointBuilder builder, int status, string description, Type body) =>
        builder.Metadata.Add(new ProducesResponseTypeAttribute(body, status, MediaType) { Description = description });
}
