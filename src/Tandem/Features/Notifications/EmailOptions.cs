using MailKit.Security;

namespace Tandem.Features.Notifications;

/// <summary>Where email goes: an SMTP server. Without a host nothing is sent and emails wait.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>None, StartTls (upgrade when the server offers it, else refuse), or SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Tandem <no-reply@tandem.invalid>";
    /// <summary>How often the sender looks for due emails.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Emails claimed and sent over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 200;
}
