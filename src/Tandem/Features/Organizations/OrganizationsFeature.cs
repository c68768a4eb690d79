namespace Tandem.Features.Organizations;

public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services) => services
        .AddScoped<OrganizationAccess>()
        .AddScoped<OrganizationQueries>()
        .AddScoped<OrganizationService>();

    public static IEndpointRouteBuilder MapOrganizationsFeature(this IEndpointRouteBuilder app) => app.MapOrganizationsApi();
}
