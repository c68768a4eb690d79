using System.Reflection;

namespace Tandem.Http;

/// <summary>422 with errors per field: the request was well-formed but breaks a rule.</summary>
public sealed class InvalidProblem(IReadOnlyDictionary<string, string[]> errors, string title = InvalidProblem.DefaultTitle) : IFailureProblem
{
    public const string DefaultTitle = "Some fields need attention.";

    public static OutcomeKind Kind => OutcomeKind.Invalid;

    public int? StatusCode => StatusCodes.Status422UnprocessableEntity;

    public IReadOnlyDictionary<string, string[]> Errors => errors;

    /// <summary>Extra members of the problem details, e.g. the choices a field offers.</summary>
    public Dictionary<string, object?> Extensions { get; } = new(StringComparer.Ordinal);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary()) { Title = title, Status = StatusCodes.Status422UnprocessableEntity };
        foreach (var (name, value) in Extensions) problem.Extensions[name] = value;
        return TypedResults.Problem(problem).ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status422UnprocessableEntity, "Some fields break a rule; errors names them.", validation: true);
}
