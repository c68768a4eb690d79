using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Tandem.Data;
using Tandem.Http;
using Tandem.Security;

namespace Tandem;

/// <summary>What every request needs regardless of feature: time, health, keys, headers, the pipeline.</summary>
public static class Platform
{
    public static IServiceCollection AddTandemPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<PublicUrl>();
        services.AddScoped<Reach>();
        services.AddHealthChecks().AddDbContextCheck<TandemDb>("database");
        services.AddDataProtection().SetApplicationName("Tandem");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DatabaseKeyRing>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Client address and scheme only: the host of links comes from Tandem:PublicUrl, never a header.
            // Proxies on loopback are trusted by default; others are listed in Tandem:KnownProxies.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Tandem:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        services.AddRazorComponents();
        services.AddAntiforgery(o => CookieNames.Apply(o.Cookie, CookieNames.Antiforgery, configuration));
        return services;
    }

    public static WebApplication UseTandemPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseTandemErrors();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseTandemApiDocs();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
