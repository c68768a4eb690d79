namespace Tandem.Features.Home;

/// <summary>Home composes the other features' pages; its one service reads how far an organisation is set up.</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) => services.AddScoped<SetupChecklist>();
}
