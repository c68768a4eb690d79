namespace Tandem.Data;

/// <summary>
/// A data protection key (it signs and encrypts cookies and bearer tokens). Kept in the database so that
/// every app instance shares one key ring and sign-ins survive restarts. Platform-wide, not per tenant.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
