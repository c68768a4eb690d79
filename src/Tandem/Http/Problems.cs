using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>
/// The failures an endpoint declares, as problem types (<see cref="NotFoundProblem"/>, <see cref="InvalidProblem"/>…):
/// they put their statuses into the OpenAPI document, and the one failure the service returned is answered. A failure
/// of a kind the endpoint did not declare is answered rightly all the same, and logged as an error
/// (<see cref="UndeclaredFailureEventId"/>): the signature is wrong, and the broad API tests look for that event.
/// </summary>
public static partial class Problems
{
    public const int UndeclaredFailureEventId = 1801;

    internal static Task AnswerAsync(HttpContext httpContext, Failure failure, IFailureProblem answer, params ReadOnlySpan<OutcomeKind> declared)
    {
        if (!declared.Contains(failure.Kind))
        {
            var endpoint = httpContext.GetEndpoint();
            var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint?.DisplayName ?? httpContext.Request.Path;
            var logger = httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Problems).FullName!);
            LogUndeclared(logger, name, answer.StatusCode ?? 0, failure.Kind);
        }
        return answer.ExecuteAsync(httpContext);
    }

    [LoggerMessage(EventId = UndeclaredFailureEventId, EventName = "UndeclaredFailure", Level = LogLevel.Error,
        Message = "{Endpoint} answered {Status} ({Kind}), a failure its signature does not declare: add it to the endpoint's Or<…>.")]
    private static partial void LogUndeclared(ILogger logger, string endpoint, int status, OutcomeKind kind);
}

/// <summary>One failure an endpoint may give (see <see cref="Problems"/>).</summary>
public sealed class Problems<T1>(Failure failure) : IResult, INestedHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T1 : IFailureProblem
{
    public IFailureProblem Result { get; } = failure.ToProblem();

    IResult INestedHttpResult.Result => Result;

    public int? StatusCode => Result.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => Problems.AnswerAsync(httpContext, failure, Result, T1.Kind);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) => T1.PopulateMetadata(method, builder);
}

/// <summary>Two failures an endpoint may give (see <see cref="Problems"/>).</summary>
public sealed class Problems<T1, T2>(Failure failure) : IResult, INestedHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T1 : IFailureProblem where T2 : IFailureProblem
{
    public IFailureProblem Result { get; } = failure.ToProblem();

    IResult INestedHttpResult.Result => Result;

    public int? StatusCode => Result.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => Problems.AnswerAsync(httpContext, failure, Result, T1.Kind, T2.Kind);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        T1.PopulateMetadata(method, builder);
        T2.PopulateMetadata(method, builder);
    }
}

/// <summary>Three failures an endpoint may give (see <see cref="Problems"/>).</summary>
public sealed class Problems<T1, T2, T3>(Failure failure) : IResult, INestedHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem
{
    public IFailureProblem Result { get; } = failure.ToProblem();

    IResult INestedHttpResult.Result => Result;

    public int? StatusCode => Result.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => Problems.AnswerAsync(httpContext, failure, Result, T1.Kind, T2.Kind, T3.Kind);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        T1.PopulateMetadata(method, builder);
        T2.PopulateMetadata(method, builder);
        T3.PopulateMetadata(method, builder);
    }
}

/// <summary>Four failures an endpoint may give (see <see cref="Problems"/>).</summary>
public sealed class Problems<T1, T2, T3, T4>(Failure failure) : IResult, INestedHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem where T4 : IFailureProblem
{
    public IFailureProblem Result { get; } = failure.ToProblem();

    IResult INestedHttpResult.Result => Result;

    public int? StatusCode => Result.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => Problems.AnswerAsync(httpContext, failure, Result, T1.Kind, T2.Kind, T3.Kind, T4.Kind);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        T1.PopulateMetadata(method, builder);
        T2.PopulateMetadata(method, builder);
        T3.PopulateMetadata(method, builder);
        T4.PopulateMetadata(method, builder);
    }
}

/// <summary>Five failures an endpoint may give (see <see cref="Problems"/>).</summary>
public sealed class Problems<T1, T2, T3, T4, T5>(Failure failure) : IResult, INestedHttpResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where T1 : IFailureProblem where T2 : IFailureProblem where T3 : IFailureProblem where T4 : IFailureProblem where T5 : IFailureProblem
{
    public IFailureProblem Result { get; } = failure.ToProblem();

    IResult INestedHttpResult.Result => Result;

    public int? StatusCode => Result.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) =>
        Problems.AnswerAsync(httpContext, failure, Result, T1.Kind, T2.Kind, T3.Kind, T4.Kind, T5.Kind);

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        T1.PopulateMetadata(method, builder);
        T2.PopulateMetadata(method, builder);
        T3.PopulateMetadata(method, builder);
        T4.PopulateMetadata(method, builder);
        T5.PopulateMetadata(method, builder);
    }
}
