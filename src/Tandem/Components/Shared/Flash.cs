using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Tandem.Security;

namespace Tandem.Components.Shared;

/// <summary>
/// A confirmation that outlives the redirect after a form ("Feedback sent to Daniel Reyes."): a page sets it before it
/// navigates, and the layout's <c>StatusMessage</c> shows it once on the next page, announced to screen readers, then it is
/// gone. It travels in a short-lived cookie protected by data protection, so nobody else can put words on our pages.
/// </summary>
public static class Flash
{
    public static void Set(HttpContext http, string message) =>
        http.Response.Cookies.Append(Name(http), Protector(http).Protect(message), Options(http, TimeSpan.FromMinutes(1)));

    /// <summary>The message set by the request before, once: reading it clears it.</summary>
    public static string? Take(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Name(http), out var value)) return null;
        http.Response.Cookies.Delete(Name(http), Options(http, null));
        try
        {
            return Protector(http).Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // an old key, or not ours: say nothing rather than something we did not write
        }
    }

    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Tandem.Flash");

    // Named and secured like the other cookies (CookieNames): __Host- and Secure unless the configuration turns that off.
    private static bool Secure(HttpContext http) => CookieNames.Secure(http.RequestServices.GetRequiredService<IConfiguration>());

    private static string Name(HttpContext http) => Secure(http) ? CookieNames.HostPrefix + CookieNames.Flash : CookieNames.Flash;

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) =>
        new() { HttpOnly = true, Secure = Secure(http), SameSite = SameSiteMode.Lax, Path = "/", MaxAge = maxAge, IsEssential = true };
}
