using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tandem.Security;

/// <summary>
/// Sign-in attempts (page, API, invitation acceptance) are limited per client address, on top of the
/// per-account lockout: that slows password spraying across many accounts. Attempts are also limited per email
/// attempted (<see cref="SignInEmailLimiter"/>), which slows many addresses aiming at one account.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy on every endpoint that checks a password or an invitation token.</summary>
    public const string SignIn = "sign-in";

    public static IServiceCollection AddTandemRateLimits(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton<SignInEmailLimiter>()
        .AddRateLimiter(o =>
        {
            var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Bound to the endpoints themselves (not to paths), so no spelling of a URL escapes it. Only posts
            // count: showing the sign-in page is free.
            o.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("sign-in:" + ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = signInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("reading"));
            o.OnRejected = RejectAsync;
        });

    /// <summary>
    /// The client an address stands for: an IPv4 address, or an IPv6 address's /64 network, the least one subscriber
    /// is given (RFC 6177); keyed on the full IPv6 address, one client would have 2^64 limits.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = "60";
        const string message = "Too many sign-in attempts from your network. Wait a minute, then try again.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = message },
            });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><title>Slow down · Tandem</title><main><h1>Slow down</h1><p>{message}</p>" +
            "<p><a href=\"/account/login\">Back to sign-in</a></p></main></html>", ct);
    }
}
