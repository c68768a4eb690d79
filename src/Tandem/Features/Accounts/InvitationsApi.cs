using Microsoft.AspNetCore.Http.HttpResults;
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
                         "(status=expired), by name, keyset-paged; never the links. Create a person's link with InvitePerson (HR and org admins).");
        // Under the person it is for, beside the people API.
        app.MapPost("/api/v1/people/{id:guid}/invitation", async (Guid id, InvitationService s, CancellationToken ct) =>
                (await s.InviteAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem, ForbiddenProblem, ConflictProblem>())
            .WithTags("People").RequireAuthorization(Policies.Admin)
            .WithName("InvitePerson")
            .WithSummary("Issue a new one-time sign-up link for a person without an account (HR admin; org admin for people who hold a role).");
        return app;
    }

    private static async Task<Results<Ok<Page<InvitationEntry>>, BadCursorProblem, ValidationProblem, ForbiddenProblem>> ListAsync(string? status,
        string? after, int? limit, InvitationQueries invitations, CancellationToken ct) =>
        Cursor.IsBad(after, 2) ? new BadCursorProblem()
        : ParseStatus(status) is not { } parsed ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use pending or expired."] })
        : await invitations.ListAsync(new InvitationQuery(parsed, after, limit), ct) is { } page ? TypedResults.Ok(page)
        : new ForbiddenProblem("Only HR and org admins see invitations.");

    private static InvitationStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? InvitationStatus.Pending
        : Enum.TryParse<InvitationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
