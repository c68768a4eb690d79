using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tandem.Security;

/// <summary>
/// Sign-in attempts (page, API, invitation acceptance) are limited per client address, on top of the
/// per-account lockout: that slows password spraying across many accounts.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddTandemRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddRateLimiter(o =>
        {
            var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter("sign-in:" + context.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = signInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = RejectAsync;
        });
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/invite", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/auth", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/invitations", StringComparison.OrdinalIgnoreCase));

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
