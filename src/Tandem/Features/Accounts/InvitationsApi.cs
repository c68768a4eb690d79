using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Accounts;

public static class InvitationsApi
{
    public static IEndpointRouteBuilder MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/invitations", ListAsync).WithTags("Invitations").RequireAuthorization(Policies.Admin)
            .WithName("ListInvitations")
            .WithSummary("People who were invited and have not set a password yet (status=pending, the default) or whose invitation ran out " +
                         "(status=expired), by name, keyset-paged; never the links. Create a person's link with InvitePerson (HR and org admins).")
            .Produces<Page<InvitationEntry>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ListAsync(string? status, string? after, int? limit, InvitationList invitations, CancellationToken ct)
    {
        if (ApiConventions.IsBadCursor(after, 2)) return ApiConventions.BadCursor();
        if (ParseStatus(status) is not { } parsed)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use pending or expired."] });
        return await invitations.ListAsync(new InvitationQuery(parsed, after, limit), ct) is { } page
            ? TypedResults.Ok(page)
            : TypedResults.Problem("Only HR and org admins see invitations.", statusCode: StatusCodes.Status403Forbidden);
    }

    private static InvitationStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? InvitationStatus.Pending
        : Enum.TryParse<InvitationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
