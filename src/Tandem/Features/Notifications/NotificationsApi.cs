using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem.Features.Notifications;

public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Policies.Member);
        notices.MapGet("/", (bool? unread, string? after, int? limit, NotificationQueries queries, CancellationToken ct) =>
                Cursor.ListAsync(after, 2, () => queries.ListAsync(unread == true, after, limit, ct)))
            .WithName("ListNotifications").WithSummary("Your notices, newest first, keyset-paged; unread=true for the unread ones only.");
        notices.MapPost("/{id:guid}/read", async (Guid id, NotificationService s, CancellationToken ct) =>
                (await s.MarkReadAsync(id, ct)).ToHttp(TypedResults.Ok).Or<NotFoundProblem>())
            .WithName("MarkNotificationRead").WithSummary("Mark one of your notices read.");
        notices.MapPost("/read", async (NotificationService s, CancellationToken ct) => TypedResults.Ok(new MarkedRead(await s.MarkAllReadAsync(ct))))
            .WithName("MarkAllNotificationsRead").WithSummary("Mark all your notices read.");
        notices.MapGet("/settings", async (NoticeSettings s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .WithName("GetNoticeSettings").WithSummary("How each kind of notice reaches you (your choice or the organisation's default), and your quiet hours.");
        notices.MapPut("/settings", async (NoticeSettingsInput input, NoticeSettings s, CancellationToken ct) =>
                (await s.SaveAsync(input, ct)).ToHttp(TypedResults.Ok).Or<InvalidProblem, ConflictProblem>())
            .WithName("SaveNoticeSettings")
            .WithSummary("Replace your notice settings: kinds left out follow the organisation's default; no quiet hours when none are given.");
        notices.MapGet("/defaults", async (NoticeSettings s, CancellationToken ct) => (await s.GetDefaultsAsync(ct)).ToHttp(TypedResults.Ok).Or<ForbiddenProblem>())
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("GetNoticeDefaults").WithSummary("The organisation's delivery for each kind of notice (HR admin).");
        notices.MapPut("/defaults", async (NoticeDefaultsInput input, NoticeSettings s, CancellationToken ct) =>
                (await s.SaveDefaultsAsync(input, ct)).ToHttp(TypedResults.Ok).Or<ForbiddenProblem, InvalidProblem, ConflictProblem>())
            .RequireAuthorization(Policies.HrAdmin)
            .WithName("SaveNoticeDefaults").WithSummary("Replace the organisation's defaults (HR admin): kinds left out take Tandem's.");

        // The one-click unsubscribe of an email (RFC 8058): mail clients post here without a session or antiforgery
        // token; the signed token is the authority. A browser (the confirmation page's button) is sent back to the page.
        app.MapPost(UnsubscribeLinks.PathPrefix + "{token}", async Task<IResult> (string token, UnsubscribeLinks links, TandemDb db, HttpContext http,
                CancellationToken ct) =>
            {
                if (links.Read(token) is not { } stop) return TypedResults.NotFound();
                using var tenant = db.ActAs(stop.OrganizationId);
                if (!await db.People.AnyAsync(p => p.Id == stop.PersonId, ct)) return TypedResults.NotFound();
                await NoticeSettings.StopEmailsAsync(db, stop.PersonId, stop.Kind, ct);
                return http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "text/html")
                    ? TypedResults.Redirect(UnsubscribeLinks.PathPrefix + token) : TypedResults.Text("Unsubscribed.");
            })
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription().WithOrder(-1);
        return app;
    }
}

/// <summary>How many notices were marked read.</summary>
public sealed record MarkedRead(int Marked);
