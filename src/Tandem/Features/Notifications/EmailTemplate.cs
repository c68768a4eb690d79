using System.Globalization;
using System.Net;
using MimeKit;
using Tandem.Http;

namespace Tandem.Features.Notifications;

/// <summary>
/// Notices as emails: one notice, or a person's digest of several. One model, written as plain text and as HTML
/// (inline styles only: mail clients drop stylesheets): the organisation's name, the notices with links to open them
/// in Tandem, why the person gets them, and a one-click unsubscribe (RFC 8058: <c>List-Unsubscribe</c> with
/// <c>List-Unsubscribe-Post</c>) that stops this kind, or for a digest every email.
/// </summary>
public static class EmailTemplate
{
    /// <summary>How many notices a digest lists; the rest are a link away.</summary>
    public const int DigestMax = 50;
    private const int SubjectMax = 90;

    public static MimeMessage Message(MailboxAddress from, OutgoingEmail email, PublicUrl links, UnsubscribeLinks unsubscribe)
    {
        var kind = NoticeKinds.Of(email.Kind);
        var subject = NotificationService.Cut(email.Text, SubjectMax);
        Item[] item = [new Item(email.Text, links.For(email.Link), null)];
        // An account's own email (an invitation, a reset, an alert) can't be unsubscribed from.
        return kind.Optional
            ? Build(from, email, subject, $"{email.Id:N}@tandem", email.Kind.ToString(), item, more: 0,
                $"Tandem emails you about “{kind.Label.ToLowerInvariant()}” at {email.Organization}.", "Stop these emails",
                links, links.For(unsubscribe.PathFor(email.OrganizationId, email.RecipientId, email.Kind)))
            : Build(from, email, subject, $"{email.Id:N}@tandem", email.Kind.ToString(), item, more: 0,
                $"This email is about your Tandem account at {email.Organization}.", stop: null, links, unsubscribeUrl: null);
    }

    /// <param name="emails">One person's notices waiting for their digest, oldest first.</param>
    public static MimeMessage Digest(MailboxAddress from, IReadOnlyList<OutgoingEmail> emails, PublicUrl links, UnsubscribeLinks unsubscribe)
    {
        var first = emails[0];
        var count = emails.Count == 1 ? "1 notice" : $"{emails.Count} notices";
        var zone = TimeZones.FindOrUtc(first.TimeZone);
        var items = emails.Take(DigestMax)
            .Select(e => new Item(e.Text, links.For(e.Link), TimeZones.InZone(e.CreatedAt, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture))).ToList();
        return Build(from, first, $"Your Tandem digest: {count}", $"{emails.Min(e => e.Id):N}.digest@tandem", "Digest", items, emails.Count - items.Count,
            $"You chose a digest of your notices at {first.Organization}.", "Stop all Tandem emails",
            links, links.For(unsubscribe.PathFor(first.OrganizationId, first.RecipientId, kind: null)));
    }

    private sealed record Item(string Text, string Url, string? Day);

    private static MimeMessage Build(MailboxAddress from, OutgoingEmail to, string subject, string messageId, string kind, IReadOnlyList<Item> items, int more,
        string why, string? stop, PublicUrl links, string? unsubscribeUrl)
    {
        var all = links.For("/notifications");
        var settings = links.For("/notifications/settings");
        var message = new MimeMessage { MessageId = messageId, Subject = subject };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(to.Name, to.Email));
        message.Headers.Add("X-Tandem-Kind", kind);
        if (unsubscribeUrl is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var single = items.Count == 1 && items[0].Day is null;
        var stopHtml = unsubscribeUrl is null ? "" : $"<a href=\"{Html(unsubscribeUrl)}\" style=\"color:#2f5fd0\">{Html(stop!)}</a> ·";
        var moreText = more == 0 ? "" : $"\nAnd {more} more: {all}\n";
        var moreHtml = more == 0 ? "" : $"""<p style="margin:0 0 24px;font-size:14px">And {more} more: <a href="{Html(all)}" style="color:#2f5fd0">all your notices</a>.</p>""";
        var body = new BodyBuilder
        {
            TextBody = $"""
                {to.Organization} · Tandem

                {string.Join("\n\n", items.Select(i => single ? $"{i.Text}\n\nOpen it in Tandem: {i.Url}" : $"{i.Day}: {i.Text}\n{i.Url}"))}
                {moreText}
                --
                {why}
                {(unsubscribeUrl is null ? "" : $"{stop}: {unsubscribeUrl}\n")}Choose what Tandem emails you: {settings}
                """,
            HtmlBody = $"""
                <!DOCTYPE html>
                <html lang="en"><body style="margin:0;padding:24px;background:#f6f7f9;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2933">
                <div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
                <p style="margin:0 0 16px;font-size:13px;color:#52606d">{Html(to.Organization)} · Tandem</p>
                {string.Join("\n", items.Select(i => single ? SingleHtml(i) : DigestHtml(i)))}
                {moreHtml}
                <p style="margin:0;font-size:12px;color:#52606d">{Html(why)} {stopHtml}
                <a href="{Html(settings)}" style="color:#2f5fd0">Choose what Tandem emails you</a></p>
                </div></body></html>
                """,
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string SingleHtml(Item item) => $"""
        <p style="margin:0 0 24px;font-size:16px;line-height:1.5">{Html(item.Text)}</p>
        <p style="margin:0 0 24px"><a href="{Html(item.Url)}" style="display:inline-block;background:#2f5fd0;color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:6px">Open in Tandem</a></p>
        """;

    private static string DigestHtml(Item item) => $"""
        <p style="margin:0 0 16px;font-size:15px;line-height:1.5"><span style="font-size:12px;color:#52606d">{Html(item.Day!)}</span><br><a href="{Html(item.Url)}" style="color:#1f2933">{Html(item.Text)}</a></p>
        """;

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
