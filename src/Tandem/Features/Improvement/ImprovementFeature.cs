namespace Tandem.Features.Improvement;

public static class ImprovementFeature
{
    public static IServiceCollection AddImprovementFeature(this IServiceCollection services) => services
        .AddScoped<ImprovementAccess>()
        .AddScoped<ImprovementQueries>()
        .AddScoped<ImprovementService>()
        .AddScoped<Goals.IGoalHolds, ImprovementGoalHolds>();

    public static IEndpointRouteBuilder MapImprovementFeature(this IEndpointRouteBuilder app) => app.MapImprovementApi();
}
