using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>
/// The real SMTP server test.sh starts (aiosmtpd, keeping what it receives in a Maildir folder that tests read back).
/// Without it, email tests fail: they never skip.
/// </summary>
public static class MailSink
{
    private static readonly Lazy<(string Host, int Port, string Maildir)> Sink = new(Find);

    public static string Host => Sink.Value.Host;
    public static int Port => Sink.Value.Port;

    /// <summary>
    /// A host of its own (its own database: its senders see its own emails only) that sends to the sink at
    /// https://tandem.example; its sender waits an hour between runs, so tests run senders themselves.
    /// </summary>
    public static TandemApp StartApp() => TandemApp.StartSeparate(new()
    {
        ["Email:Host"] = Host, ["Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = nameof(SecureSocketOptions.None), ["Email:PollInterval"] = "01:00:00",
        ["Tandem:PublicUrl"] = "https://tandem.example",
    });

    /// <summary>A sender of <paramref name="app"/>'s outbox whose clock reads <paramref name="now"/>.</summary>
    public static EmailSender Sender(TandemApp app, DateTimeOffset now, int? port = null, int batch = 200) => new(app.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new EmailOptions { Host = Host, Port = port ?? Port, Security = SecureSocketOptions.None, BatchSize = batch }),
        app.Services.GetRequiredService<UnsubscribeLinks>(), app.Services.GetRequiredService<EmailLinks>(), new FakeTimeProvider(now), NullLogger<EmailSender>.Instance);

    /// <summary>The messages received with this Message-ID.</summary>
    public static List<MimeMessage> Received(string messageId) =>
        [.. Directory.EnumerateFiles(Path.Combine(Sink.Value.Maildir, "new")).Select(f => MimeMessage.Load(f)).Where(m => m.MessageId == messageId)];

    /// <summary>The messages received for a notice (its Message-ID is the notice's id).</summary>
    public static List<MimeMessage> Received(Guid notice) => Received($"{notice:N}@tandem");

    private static (string, int, string) Find()
    {
        var address = Environment.GetEnvironmentVariable("TANDEM_TEST_SMTP");
        var maildir = Environment.GetEnvironmentVariable("TANDEM_TEST_MAILDIR");
        if (string.IsNullOrWhiteSpace(address) || string.IsNullOrWhiteSpace(maildir))
            throw new InvalidOperationException("Email tests need an SMTP server: set TANDEM_TEST_SMTP (host:port) and TANDEM_TEST_MAILDIR, or run ./test.sh, which starts one.");
        var (host, port) = (address[..address.LastIndexOf(':')], int.Parse(address[(address.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return (host, port, maildir);
    }
}
