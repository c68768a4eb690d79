using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tandem.Http;

/// <summary>
/// Requests that minimal APIs cannot bind (a query or route value not of its type, a body that is not JSON of
/// the right shape, no body at all) answer 400 problem details whose <c>errors</c> name the parameter or field.
/// ASP.NET Core reports a binding failure either as a bare 400 that says nothing, or, with
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/>, as a <see cref="BadHttpRequestException"/> whose
/// message has a fixed form (RequestDelegateCreationLogging in ASP.NET Core): the parameter is read from it.
/// </summary>
public static partial class BadRequests
{
    public const string Body = "body";
    private const int MatchTimeout = 1_000;

    public static IServiceCollection AddTandemBadRequests(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    /// <summary>True for failures that are the request's fault: they are answered, not logged as errors.</summary>
    public static bool IsClientFault(Exception? error) => error is BadHttpRequestException;

    /// <summary>The problem for an unreadable request; <paramref name="endpoint"/> is the one that could not bind it.</summary>
    public static ProblemHttpResult ToProblem(BadHttpRequestException error, Endpoint? endpoint, string instance)
    {
        var (field, message) = Describe(error, endpoint);
        return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = error.StatusCode,
            Title = error.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                StatusCodes.Status413PayloadTooLarge => "The request is too large",
                _ => "The request could not be read",
            },
            Instance = instance,
        });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException error, Endpoint? endpoint)
    {
        if (error.InnerException is JsonException json) return DescribeJson(json);
        var message = error.Message;
        if (BindFailed().Match(message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var value = bind.Groups["value"].Value;
            if (value.Length > 40) value = value[..40] + "…";
            return (name, $"'{value}' is not {Expected(bind.Groups["type"].Value, name, endpoint)}.");
        }
        if (NotProvided().Match(message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? (Body, "A JSON body is required.")
                : (missing.Groups["name"].Value, "This value is required.");
        }
        if (ImplicitBodyMissing().IsMatch(message)) return (Body, "A JSON body is required.");
        if (error.StatusCode == StatusCodes.Status415UnsupportedMediaType) return (Body, "Send the body as application/json.");
        return (Body, "The request could not be read.");
    }

    // A syntax error comes with the reader's exception inside; a value of the wrong type without it.
    private static (string, string) DescribeJson(JsonException json) =>
        json.InnerException is JsonException || json.Path is null or "$"
            ? (Body, "The body is not valid JSON of the expected shape.")
            : (FieldPath(json.Path), "This value is not of the expected type.");

    /// <summary>"$.person.managerId" → "Person.ManagerId", the names services use for their field errors.</summary>
    private static string FieldPath(string jsonPath) =>
        string.Join('.', jsonPath.TrimStart('$').TrimStart('.').Split('.')
            .Select(part => part.Length > 0 && char.IsAsciiLetterLower(part[0]) ? char.ToUpperInvariant(part[0]) + part[1..] : part));

    private static string Expected(string typeName, string name, Endpoint? endpoint)
    {
        if (FindEnum(name, endpoint) is { } enumType) return "one of " + string.Join(", ", Enum.GetNames(enumType));
        // The framework names the type "int?" or "Nullable<int>".
        var type = typeName.StartsWith("Nullable<", StringComparison.Ordinal) ? typeName["Nullable<".Length..^1] : typeName.TrimEnd('?');
        return type switch
        {
            "int" or "long" or "short" => "a whole number",
            "decimal" or "double" or "float" => "a number",
            "bool" => "true or false",
            "Guid" => "an id (a GUID)",
            "DateOnly" => "a date (yyyy-mm-dd)",
            "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601)",
            "TimeOnly" => "a time (hh:mm)",
            var other => "a valid " + other,
        };
    }

    // The handler's parameter of this name, or a property of an [AsParameters] parameter.
    private static Type? FindEnum(string name, Endpoint? endpoint)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } method) return null;
        var types = method.GetParameters().SelectMany(p =>
            p.Name == name ? [p.ParameterType]
            : p.GetCustomAttribute<AsParametersAttribute>() is not null
                ? p.ParameterType.GetProperties().Where(x => x.Name == name).Select(x => x.PropertyType)
                : []);
        return types.Select(t => Nullable.GetUnderlyingType(t) ?? t).FirstOrDefault(t => t.IsEnum);
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>.+) (?<name>[^ ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline, MatchTimeout)]
    private static partial Regex BindFailed();

    [GeneratedRegex("""^Required parameter "(?<type>.+) (?<name>[^ ]+)" was not provided from (?<source>[^.]+)\.$""", RegexOptions.None, MatchTimeout)]
    private static partial Regex NotProvided();

    [GeneratedRegex("""^Implicit body inferred for parameter "[^"]+" but no body was provided""", RegexOptions.None, MatchTimeout)]
    private static partial Regex ImplicitBodyMissing();
}
