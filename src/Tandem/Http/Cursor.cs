using System.Buffers.Text;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tandem.Http;

/// <summary>
/// Keyset paging, all of it: opaque cursors (the sort key of the last row, base64url-encoded), the page a list
/// returns, and a list endpoint's answer — 400 (<see cref="BadCursorProblem"/>) for a cursor this list did not issue.
/// </summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    private const char Separator = '\u001f';

    public static int Limit(int? requested) => Math.Clamp(requested ?? DefaultLimit, 1, MaxLimit);

    public static string Encode(params string[] parts) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));

    /// <summary>The parts of a cursor, or null when it is missing or not one of ours.</summary>
    public static string[]? Decode(string? cursor, int parts)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
            return decoded.Length == parts ? decoded : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A cursor from a page's query string when it is one of ours with this many parts; otherwise none.</summary>
    public static string? OrNone(string? after, int parts) => Decode(after, parts) is null ? null : after;

    /// <summary>True when a cursor was given but is not one of ours.</summary>
    public static bool IsBad(string? after, int parts) => !string.IsNullOrEmpty(after) && Decode(after, parts) is null;

    /// <summary>Takes one row more than the limit to learn whether there is a next page.</summary>
    public static Page<T> ToPage<T>(List<T> rows, int limit, Func<T, string> cursorOf)
    {
        if (rows.Count <= limit) return new Page<T>(rows, null);
        rows.RemoveAt(rows.Count - 1);
        return new Page<T>(rows, cursorOf(rows[^1]));
    }

    /// <summary>A list endpoint's answer: 400 for a cursor that is not one of this list's (<paramref name="parts"/>), else the page.</summary>
    public static async Task<Results<Ok<TPage>, BadCursorProblem>> ListAsync<TPage>(string? after, int parts, Func<Task<TPage>> read) =>
        IsBad(after, parts) ? new BadCursorProblem() : TypedResults.Ok(await read());

    /// <summary>The same for a list under something the signed-in person may not see: no page (null) is 404.</summary>
    public static async Task<Results<Ok<TPage>, BadCursorProblem, NotFoundProblem>> ListAsync<TPage>(string? after, int parts,
        Func<Task<TPage?>> read, string notFound) where TPage : class =>
        IsBad(after, parts) ? new BadCursorProblem()
        : await read() is { } page ? TypedResults.Ok(page)
        : new NotFoundProblem(notFound);
}

/// <summary>One page of a keyset-paged list; pass <see cref="Next"/> as <c>after</c> to get the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>400 for a list cursor that this API did not issue.</summary>
public sealed class BadCursorProblem : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status400BadRequest;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["after"] = ["Not a cursor from this list. Use the 'next' value of the previous page."] },
        title: "Bad cursor").ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ProblemSetup.Document(builder, StatusCodes.Status400BadRequest, "A query value can't be read, or after is not a cursor from this list.", validation: true);
}
