namespace Tandem.Features.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services
        .AddScoped<AuditService>()
        .AddScoped<AuditAccess>()
        .AddScoped<AuditQueries>();

    public static IEndpointRouteBuilder MapAuditFeature(this IEndpointRouteBuilder app) => app.MapAuditApi();
}
