namespace Tandem.Features.Organizations;

public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services) => services
        .AddScoped<OrganizationSettings>()
        .AddScoped<OrganizationSetup>();

    public static IEndpointRouteBuilder MapOrganizationsFeature(this IEndpointRouteBuilder app) => app.MapOrganizationsApi();
}
