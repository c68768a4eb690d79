namespace Tandem.Features.Talent;

public static class TalentFeature
{
    public static IServiceCollection AddTalentFeature(this IServiceCollection services) => services
        .AddScoped<TalentAccess>()
        .AddScoped<TalentQueries>()
        .AddScoped<TalentService>();

    public static IEndpointRouteBuilder MapTalentFeature(this IEndpointRouteBuilder app) => app.MapTalentApi();
}
