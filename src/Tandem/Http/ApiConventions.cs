namespace Tandem.Http;

public static class ApiConventions
{
    /// <summary>
    /// Documents an endpoint that returns an <see cref="Outcome{T}"/>: the value on success, problem details
    /// for rule violations (422), missing or hidden things (404), conflicts (409) and missing rights (403).
    /// </summary>
    public static RouteHandlerBuilder ProducesOutcome<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status).ProducesFailures();

    /// <summary>The failures of an <see cref="Outcome{T}"/>, for endpoints whose success has no body.</summary>
    public static RouteHandlerBuilder ProducesFailures(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>A 400 for a list cursor that this API did not issue.</summary>
    public static IResult BadCursor() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["after"] = ["Not a cursor from this list. Use the 'next' value of the previous page."] },
        title: "Bad cursor");

    /// <summary>True when a cursor was given but is not one of ours.</summary>
    public static bool IsBadCursor(string? after, int parts) =>
        !string.IsNullOrEmpty(after) && Cursor.Decode(after, parts) is null;
}
