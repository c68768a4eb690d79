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
        return app;
    }
}

/// <summary>How many notices were marked read.</summary>
public sealed record MarkedRead(int Marked);
