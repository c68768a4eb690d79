using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> entity) => entity.ToTable("DataProtectionKeys").HasKey(k => k.Id);
}

/// <summary>Stores the data protection key ring in <see cref="DataProtectionKey"/> rows.</summary>
public sealed class DatabaseKeyRepository(IDbContextFactory<TandemDb> factory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = factory.CreateDbContext();
        return [.. db.Set<DataProtectionKey>().AsNoTracking().Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = factory.CreateDbContext();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

/// <summary>
/// Keeps the key ring in the database, encrypted with the certificate in
/// <c>Tandem:DataProtection:CertificatePath</c> (PKCS#12, password in <c>…:CertificatePassword</c>) when one is
/// configured: without it, anyone who can read the database could forge sign-ins.
/// </summary>
public sealed class DatabaseKeyRing(IDbContextFactory<TandemDb> factory, IConfiguration configuration, ILoggerFactory loggers)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        options.XmlRepository = new DatabaseKeyRepository(factory);
        if (configuration["Tandem:DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Tandem:DataProtection:CertificatePassword"]);
            options.XmlEncryptor = new CertificateXmlEncryptor(certificate, loggers);
        }
    }
}
