using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace Tandem.Data;

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
