using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Architecture;

/// <summary>No endpoint or page may ship without saying who may use it.</summary>
public sealed class EndpointAuthorizationTests
{
    [Fact]
    public void EveryEndpoint_DeclaresAuthorizationOrAnonymous()
    {
        var endpoints = TandemApp.Sqlite.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.NotEmpty(endpoints);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without an authorization rule:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void AnonymousEndpoints_AreOnlyTheKnownPublicOnes()
    {
        var endpoints = TandemApp.Sqlite.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        string[] allowed =
        [
            "/account/login", "/account/access-denied", "/not-found", "/invite/{Token}", "/health", "/openapi/{documentName}.json",
            "/error", "/status/{code:int}", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/invitations/accept",
            "/calendar/{token}.ics", "/unsubscribe/{Token}", "/unsubscribe/{token}",
            "/account/forgot", "/account/reset", "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
        ];

        var anonymous = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            // Static files (fingerprinted CSS, scripts, the CSV template) are public by design.
            .Where(route => !IsStaticAsset(route))
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(allowed.Order(), anonymous);
    }

    private static bool IsStaticAsset(string route) =>
        route.EndsWith(".css", StringComparison.Ordinal) || route.EndsWith(".js", StringComparison.Ordinal)
        || route.EndsWith(".svg", StringComparison.Ordinal) || route.EndsWith(".csv", StringComparison.Ordinal)
        || route.EndsWith(".gz", StringComparison.Ordinal) || route.EndsWith(".br", StringComparison.Ordinal)
        || route.Contains("/LICENSE", StringComparison.Ordinal);
}
