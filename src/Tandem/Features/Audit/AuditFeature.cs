namespace Tandem.Features.Audit;

public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services
        .AddScoped<AuditLog>()
        .AddScoped<AdminReads>()
        .AddScoped<AuditReader>();

    public static IEndpointRouteBuilder MapAuditFeature(this IEndpointRouteBuilder app) => app.MapAuditApi();
}
