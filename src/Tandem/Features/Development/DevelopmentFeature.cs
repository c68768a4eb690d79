namespace Tandem.Features.Development;

public static class DevelopmentFeature
{
    public static IServiceCollection AddDevelopmentFeature(this IServiceCollection services) => services
        .AddScoped<DevelopmentAccess>()
        .AddScoped<FrameworkService>()
        .AddScoped<FrameworkCsv>()
        .AddScoped<AssessmentService>()
        .AddScoped<PlanService>()
        .AddScoped<CapabilitySummaries>()
        .AddScoped<People.IRoleChanges>(services => services.GetRequiredService<CapabilitySummaries>())
        .AddScoped<GapQueries>()
        .AddSingleton<NextExitReminders>()
        .AddHostedService(s => s.GetRequiredService<NextExitReminders>());

    public static IEndpointRouteBuilder MapDevelopmentFeature(this IEndpointRouteBuilder app) => app.MapDevelopmentApi();
}
