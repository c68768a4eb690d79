using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Tandem.Features.Notifications;

/// <summary>
/// The unsubscribe link of an email (RFC 8058 one-click): a token signed and encrypted with the app's data-protection
/// keys, naming the organisation, the person and the kind (or every kind, for a digest). Nothing is stored; the link
/// works as long as the keys do, and does nothing but stop those emails.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection)
{
    public const string PathPrefix = "/unsubscribe/";
    private const string All = "*";

    private readonly IDataProtector _protector = protection.CreateProtector("Tandem.Unsubscribe.v1");

    /// <summary>The path (under the public address) that stops <paramref name="kind"/>'s emails, or all of them when null.</summary>
    public string PathFor(Guid organizationId, Guid personId, NoticeKind? kind) =>
        PathPrefix + System.Buffers.Text.Base64Url.EncodeToString(_protector.Protect(Encoding.UTF8.GetBytes($"{organizationId:N}.{personId:N}.{kind?.ToString() ?? All}")));

    /// <summary>What a token stops, or null for one Tandem did not make.</summary>
    public Unsubscription? Read(string token)
    {
        if (token.Length > 400) return null;
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(System.Buffers.Text.Base64Url.DecodeFromChars(token))).Split('.');
            if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var org) || !Guid.TryParseExact(parts[1], "N", out var person)) return null;
            if (parts[2] == All) return new Unsubscription(org, person, null);
            return Enum.TryParse<NoticeKind>(parts[2], out var kind) && Enum.IsDefined(kind) && NoticeKinds.Of(kind).Optional ? new Unsubscription(org, person, kind) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>Whose emails an unsubscribe link stops, and of which kind (all when null).</summary>
public sealed record Unsubscription(Guid OrganizationId, Guid PersonId, NoticeKind? Kind);
