namespace Tandem.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services) => services
        .AddScoped<NotificationAccess>()
        .AddScoped<NotificationQueries>()
        .AddScoped<NotificationService>();

    public static IEndpointRouteBuilder MapNotificationsFeature(this IEndpointRouteBuilder app) => app.MapNotificationsApi();
}
