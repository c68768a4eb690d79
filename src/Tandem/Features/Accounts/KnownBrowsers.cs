using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Tandem.Security;

namespace Tandem.Features.Accounts;

/// <summary>
/// The accounts that have signed in with this browser, in a long-lived cookie protected with the data-protection keys,
/// so that a password sign-in from a browser an account has not used before can send that account a sign-in alert.
/// </summary>
public static class KnownBrowsers
{
    private const int Kept = 10;
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(400);

    /// <summary>Remembers <paramref name="accountId"/> in this browser; whether it was known already.</summary>
    public static bool Remember(HttpContext http, Guid accountId)
    {
        var secure = CookieNames.Secure(http.RequestServices.GetRequiredService<IConfiguration>());
        var name = secure ? CookieNames.HostPrefix + CookieNames.Browsers : CookieNames.Browsers;
        var protector = http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Tandem.Browsers");
        var known = new List<string>();
        if (http.Request.Cookies.TryGetValue(name, out var value))
        {
            try
            {
                known.AddRange(protector.Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries));
            }
            catch (CryptographicException)
            {
                // Old keys or not ours: start again.
            }
        }
        var id = accountId.ToString("N");
        var wasKnown = known.Remove(id);
        known.Insert(0, id);
        http.Response.Cookies.Append(name, protector.Protect(string.Join(',', known.Take(Kept))),
            new CookieOptions { HttpOnly = true, Secure = secure, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = Remembered, IsEssential = true });
        return wasKnown;
    }
}
