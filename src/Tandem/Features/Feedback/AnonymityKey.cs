using System.Security.Cryptography;
using System.Text;

namespace Tandem.Features.Feedback;

/// <summary>
/// The secret behind anonymous givers' hashes (<c>Feedback:AnonymityKey</c>). With it the app can tell that two
/// anonymous items in a batch came from the same person (so they count once toward the threshold) but nobody can
/// read who: the hash is an HMAC, stored with no link to an item. Only Development and Testing use a fixed key;
/// everywhere else anonymous feedback stays off until a key of at least 32 characters is configured.
/// </summary>
public sealed class AnonymityKey(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly byte[]? _key = configuration["Feedback:AnonymityKey"] is { Length: >= 32 } configured ? Encoding.UTF8.GetBytes(configured)
        : environment.IsDevelopment() || environment.IsEnvironment("Testing") ? "tandem-development-anonymity-key-not-for-production"u8.ToArray()
        : null;

    public bool IsConfigured => _key is not null;

    public string Hash(Guid organizationId, Guid receiverId, int batch, Guid giverId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key ?? throw new InvalidOperationException("Feedback:AnonymityKey is not configured."),
            Encoding.UTF8.GetBytes($"{organizationId:N}:{receiverId:N}:{batch}:{giverId:N}")));
}
