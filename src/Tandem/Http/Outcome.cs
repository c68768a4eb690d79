namespace Tandem.Http;

/// <summary>
/// What a feature service returns: a value, or an expected failure that pages show next to fields and the
/// API turns into problem details. Expected failures are values, not exceptions.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Detail)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Ok, value, NoErrors, null);
    public static implicit operator Outcome<T>(Failure failure) =>
        new(failure.Kind, default, failure.Errors, failure.Detail) { Extensions = failure.Extensions };

    /// <summary>Extra members for the problem details of a failure.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The API answer: the mapped value, or the failure; name the failures the endpoint may give with <c>Or</c>.</summary>
    public HttpOutcome<TResult> ToHttp<TResult>(Func<T, TResult> ok) where TResult : class, IResult =>
        Succeeded ? new(ok(Value!), null) : new(null, new Failure(Kind, Errors, Detail) { Extensions = Extensions });
}

public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
    TooManyRequests,
}

/// <summary>An expected failure, convertible to any <see cref="Outcome{T}"/>.</summary>
public sealed record Failure(OutcomeKind Kind, IReadOnlyDictionary<string, string[]> Errors, string? Detail)
{
    /// <summary>Extra members for the problem details, e.g. the current state on a conflict.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static Failure Invalid(IReadOnlyDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, errors, null);
    public static Failure Invalid(string field, string message) =>
        new(OutcomeKind.Invalid, new Dictionary<string, string[]> { [field] = [message] }, null);
    public static Failure NotFound(string detail = "Not found.") => new(OutcomeKind.NotFound, new Dictionary<string, string[]>(), detail);
    public static Failure Conflict(string detail) => new(OutcomeKind.Conflict, new Dictionary<string, string[]>(), detail);
    public static Failure Forbidden(string detail) => new(OutcomeKind.Forbidden, new Dictionary<string, string[]>(), detail);
    /// <summary>A refusal that belongs to one field: pages show it there, the API answers 403 with it as the detail.</summary>
    public static Failure Forbidden(string field, string message) =>
        new(OutcomeKind.Forbidden, new Dictionary<string, string[]> { [field] = [message] }, message);

    /// <summary>The problem details that answer this failure in the API.</summary>
    public IFailureProblem ToProblem() => Kind switch
    {
        OutcomeKind.Invalid => new InvalidProblem(Errors),
        OutcomeKind.NotFound => new NotFoundProblem(Detail),
        OutcomeKind.Conflict => new ConflictProblem(Detail, Extensions),
        OutcomeKind.Forbidden => new ForbiddenProblem(Detail),
        OutcomeKind.TooManyRequests => new TooManyRequestsProblem(Detail),
        _ => throw new InvalidOperationException("A failure cannot be OK."),
    };
}

/// <summary>Collects field errors while a service checks a request.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public void Require(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{label} is required.");
        else if (value.Trim().Length > maxLength) Add(field, $"{label} can be at most {maxLength} characters.");
    }

    public void Limit(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength) Add(field, $"{label} can be at most {maxLength} characters.");
    }

    public Failure ToFailure() => Failure.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
