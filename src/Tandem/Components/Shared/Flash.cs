using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tandem.Components.Shared;

/// <summary>
/// A confirmation that outlives the redirect after a form ("Feedback sent to Daniel Reyes."): a page sets it before it
/// navigates, and the layout's <c>StatusMessage</c> shows it once on the next page, announced to screen readers, then it is
/// gone. It travels in a short-lived cookie protected by data protection, so nobody else can put words on our pages.
/// </summary>
public static class Flash
{
    private const string Cookie = "tandem.flash";

    public static void Set(HttpContext http, string message) =>
        http.Response.Cookies.Append(Cookie, Protector(http).Protect(message), Options(http, TimeSpan.FromMinutes(1)));

    /// <summary>The message set by the request before, once: reading it clears it.</summary>
    public static string? Take(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(Cookie, out var value)) return null;
        http.Response.Cookies.Delete(Cookie, Options(http, null));
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

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) =>
        new() { HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = maxAge, IsEssential = true };
}
