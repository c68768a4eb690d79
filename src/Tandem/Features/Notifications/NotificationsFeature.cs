namespace Tandem.Features.Notifications;

public static class NotificationsFeature
{
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services) => services
        .AddScoped<NotificationAccess>()
        .AddScoped<NotificationQueries>()
        .AddScoped<NotificationService>()
        .AddScoped<NoticeSettings>()
        .AddSingleton<UnsubscribeLinks>()
        .AddSingleton<EmailLinks>()
        .AddSingleton<EmailSender>()
        .AddHostedService(s => s.GetRequiredService<EmailSender>())
        .AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).Services;

    public static IEndpointRouteBuilder MapNotificationsFeature(this IEndpointRouteBuilder app) => app.MapNotificationsApi();
}
