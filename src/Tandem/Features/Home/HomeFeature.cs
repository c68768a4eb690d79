namespace Tandem.Features.Home;

/// <summary>Home composes the other features (the home, team and profile pages, the search); it owns no data. Its services read how far an
/// organisation is set up and search across the features.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) =>
        services.AddScoped<SetupChecklist>().AddScoped<SiteSearch>()
            .AddSingleton<TeamWeek>().AddHostedService(s => s.GetRequiredService<TeamWeek>());

    public static IEndpointRouteBuilder MapHomeFeature(this IEndpointRouteBuilder app) => app.MapSearchApi();
}
