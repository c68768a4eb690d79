using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tandem.Features.Notifications;

/// <summary>
/// Seals the secret link of an account's email (an invitation, a password reset) for the outbox, with the app's
/// data-protection keys: whoever reads the database learns nothing they could sign in with. The sender opens it to
/// write the email and erases it afterwards.
/// </summary>
public sealed class EmailLinks(IDataProtectionProvider protection)
{
    public const int SealedMax = 1000;

    private readonly IDataProtector _protector = protection.CreateProtector("Tandem.EmailLink.v1");

    /// <summary>The sealed form of a path in Tandem ("/invite/…").</summary>
    public string Seal(string path) => _protector.Protect(path);

    /// <summary>The path, or null when the keys that sealed it are gone (the email can't be written).</summary>
    public string? Open(string sealedLink)
    {
        try
        {
            return _protector.Unprotect(sealedLink);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
