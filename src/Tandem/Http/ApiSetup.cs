using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Tandem.Components.Pages;

namespace Tandem.Http;

/// <summary>The OpenAPI document, its UI, and error responses: problem details for the API, pages for people.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddTandemApi(this IServiceCollection services) => services
        .ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()))
        .AddTandemProblems()
        .AddTandemBadRequests()
        .AddOpenApi("v1", o => o.AddTandemConventions());

    public static WebApplication UseTandemErrors(this WebApplication app)
    {
        // Error pages render in a fresh scope: the failed request's components may have used the old one.
        // A request that can't be read is answered (400), not logged as Tandem's error.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            SuppressDiagnosticsCallback = context => BadRequests.IsClientFault(context.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        return app;
    }

    /// <summary>The API docs UI: static files of Swagger UI, public like the document it shows.</summary>
    public static WebApplication UseTandemApiDocs(this WebApplication app)
    {
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Tandem API v1");
            o.DocumentTitle = "Tandem API";
        });
        return app;
    }

    public static IEndpointRouteBuilder MapTandemApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        app.Map("/error", (HttpContext context) =>
        {
            var failure = context.Features.Get<IExceptionHandlerPathFeature>();
            var original = failure?.Path ?? "";
            if (failure?.Error is BadHttpRequestException bad)
                return IsApi(original) ? BadRequests.ToProblem(bad, failure.Endpoint, original) : ErrorPage(bad.StatusCode);
            // A page's query value that isn't of its type (say ?to=abc for an id): the request is at fault, not Tandem.
            if (IsUnreadableQueryValue(failure?.Error)) return ErrorPage(StatusCodes.Status400BadRequest);
            return IsApi(original)
                ? TypedResults.Problem("Something went wrong on our side. It has been logged; try again later.",
                    statusCode: StatusCodes.Status500InternalServerError, title: "Unexpected error", instance: original)
                : ErrorPage(StatusCodes.Status500InternalServerError);
        }).AllowAnonymous().ExcludeFromDescription();

        app.Map("/status/{code:int}", (int code, HttpContext context) =>
        {
            var original = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
            return IsApi(original)
                ? TypedResults.Problem(statusCode: code, instance: original)
                : ErrorPage(code);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    // Blazor's [SupplyParameterFromQuery] throws InvalidOperationException from its routing value parsers.
    private static bool IsUnreadableQueryValue(Exception? error) =>
        error is InvalidOperationException { TargetSite.DeclaringType.Namespace: "Microsoft.AspNetCore.Components.Routing" };

    private static bool IsApi(string path) => path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    private static IResult ErrorPage(int status) =>
        new RazorComponentResult<StatusPage>(new { Status = status }) { StatusCode = status };
}
