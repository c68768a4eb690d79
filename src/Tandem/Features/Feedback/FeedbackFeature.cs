namespace Tandem.Features.Feedback;

public static class FeedbackFeature
{
    public static IServiceCollection AddFeedbackFeature(this IServiceCollection services) => services
        .AddScoped<FeedbackAccess>()
        .AddScoped<FeedbackQueries>()
        .AddScoped<Development.IFeedbackEvidence>(services => services.GetRequiredService<FeedbackQueries>())
        .AddScoped<FeedbackService>()
        .AddSingleton<AnonymityKey>()
        .AddSingleton<FeedbackRateLimit>()
        .AddSingleton<FeedbackReminders>()
        .AddHostedService(s => s.GetRequiredService<FeedbackReminders>());

    public static IEndpointRouteBuilder MapFeedbackFeature(this IEndpointRouteBuilder app) => app
        .MapFeedbackApi()
        .MapFeedbackFragments();
}
