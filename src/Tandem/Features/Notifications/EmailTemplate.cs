using System.Net;
using MimeKit;
using Tandem.Http;

namespace Tandem.Features.Notifications;

/// <summary>
/// A notice as an email: one model, written as plain text and as HTML (inline styles only: mail clients drop
/// stylesheets). The organisation's name, the notice, a button to open it in Tandem, and why the person gets it.
/// </summary>
public static class EmailTemplate
{
    private const int SubjectMax = 90;

    public static MimeMessage Message(MailboxAddress from, OutgoingEmail email, PublicUrl links)
    {
        var url = links.For(email.Link);
        var all = links.For("/notifications");
        var kind = NoticeKinds.Of(email.Kind);
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:N}@tandem",
            Subject = NotificationService.Cut(email.Text, SubjectMax),
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(email.Name, email.Email));
        message.Headers.Add("X-Tandem-Kind", email.Kind.ToString());
        var why = $"Tandem emails you about “{kind.Label.ToLowerInvariant()}” at {email.Organization}.";
        var body = new BodyBuilder
        {
            TextBody = $"""
                {email.Organization} · Tandem

                {email.Text}

                Open it in Tandem: {url}

                --
                {why}
                All your notices: {all}
                """,
            HtmlBody = $"""
                <!DOCTYPE html>
                <html lang="en"><body style="margin:0;padding:24px;background:#f6f7f9;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933">
                <div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
                <p style="margin:0 0 16px;font-size:13px;color:#52606d">{Html(email.Organization)} · Tandem</p>
                <p style="margin:0 0 24px;font-size:16px;line-height:1.5">{Html(email.Text)}</p>
                <p style="margin:0 0 24px"><a href="{Html(url)}" style="display:inline-block;background:#2f5fd0;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:6px">Open in Tandem</a></p>
                <p style="margin:0;font-size:12px;color:#52606d">{Html(why)} <a href="{Html(all)}" style="color:#2f5fd0">All your notices</a>.</p>
                </div></body></html>
                """,
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
