using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tandem.Data;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>
/// What people choose decides what is emailed: a digest gathers a person's notices into one email at eight on their
/// clock, quiet hours hold emails back, and every email's one-click unsubscribe (RFC 8058) stops its kind.
/// </summary>
public sealed class EmailDigestTests : IDisposable
{
    private readonly TandemApp _app = MailSink.StartApp();

    [Fact]
    public async Task ADailyDigest_GathersAPersonsNotices_IntoOneEmail_AtEightOnTheirClock()
    {
        var org = await TestOrg.CreateAsync(_app, "Digest Co");
        await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.TimeZone, "America/New_York")));
        await SaveAsync(org, "peer", new { kinds = new[] { new { kind = "PeerReviewAsked", delivery = "DailyDigest" } } });
        var written = new DateTimeOffset(2026, 12, 8, 15, 0, 0, TimeSpan.Zero); // 10:00 in New York
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await NoticeAsync(org, "peer", $"You are asked for a peer review of Person {i}.", written.AddMinutes(i)));
        var other = await NoticeAsync(org, "employee", "You are asked for a peer review of Pat Peer.", written);

        var eight = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero); // 08:00 in New York the next day
        var waiting = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => new { n.Email, n.EmailDueAt }).ToListAsync());
        Assert.All(waiting, n => Assert.Equal((EmailStatus.Digest, eight), (n.Email, n.EmailDueAt!.Value)));
        // The employee chose nothing: their notice is emailed at once, on its own.
        Assert.Equal(1, await MailSink.Sender(_app, written.AddMinutes(5)).SendDueAsync(CancellationToken.None));
        Assert.Single(MailSink.Received(other));

        Assert.Equal(0, await MailSink.Sender(_app, eight.AddMinutes(-1)).SendDueAsync(CancellationToken.None));
        // A batch of two takes the third notice of the same digest too: one person, one email.
        Assert.Equal(3, await MailSink.Sender(_app, eight.AddMinutes(1), batch: 2).SendDueAsync(CancellationToken.None));

        var digest = Assert.Single(MailSink.Received($"{ids.Min():N}.digest@tandem"));
        Assert.Equal("Your Tandem digest: 3 notices", digest.Subject);
        Assert.Equal(org.Email("peer"), digest.To.Mailboxes.Single().Address);
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"Person {i}", digest.TextBody, StringComparison.Ordinal);
            Assert.Contains($"Person {i}", digest.HtmlBody, StringComparison.Ordinal);
        }
        Assert.Contains("Tue 8 Dec", digest.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://tandem.example/unsubscribe/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.All(ids, id => Assert.Empty(MailSink.Received(id)));
        var sent = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Email).ToListAsync());
        Assert.All(sent, s => Assert.Equal(EmailStatus.Sent, s));
    }

    [Fact]
    public async Task QuietHours_HoldAnEmailBack_UntilTheyEnd_OnThePersonsClock()
    {
        var org = await TestOrg.CreateAsync(_app);
        await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.TimeZone, "Europe/Berlin")));
        await SaveAsync(org, "peer", new { quietHours = new { from = "20:00", until = "07:30" } });
        var late = new DateTimeOffset(2026, 12, 8, 21, 0, 0, TimeSpan.Zero); // 22:00 in Berlin

        var id = await NoticeAsync(org, "peer", "You are asked for a peer review of Emma Employee.", late);

        var notice = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal((EmailStatus.Pending, new DateTimeOffset(2026, 12, 9, 6, 30, 0, TimeSpan.Zero)), (notice.Email, notice.EmailDueAt!.Value));
        Assert.Equal(0, await MailSink.Sender(_app, late.AddHours(9)).SendDueAsync(CancellationToken.None));
        Assert.Equal(1, await MailSink.Sender(_app, late.AddHours(9.6)).SendDueAsync(CancellationToken.None));
        Assert.Single(MailSink.Received(id));
    }

    [Fact]
    public async Task TheUnsubscribeLink_StopsThatKindsEmails_InOneClick_AndCallsOffTheOnesWaiting()
    {
        var org = await TestOrg.CreateAsync(_app);
        var now = DateTimeOffset.UtcNow;
        var first = await NoticeAsync(org, "peer", "You are asked for a peer review of Emma Employee.", now);
        Assert.Equal(1, await MailSink.Sender(_app, now).SendDueAsync(CancellationToken.None));
        var email = Assert.Single(MailSink.Received(first));
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
        var link = new Uri(email.Headers["List-Unsubscribe"]!.Trim('<', '>'));
        Assert.Equal("tandem.example", link.Host);
        Assert.Contains(link.AbsoluteUri, email.TextBody, StringComparison.Ordinal);
        var waiting = await NoticeAsync(org, "peer", "You are asked for a peer review of Max Manager.", now);
        using var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        // Opening the link changes nothing (link checkers open links): it asks.
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync(link.AbsolutePath));
        Assert.Contains("Stop these emails?", page, StringComparison.Ordinal);
        Assert.Contains("“peer reviews asked of you”", page, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.Pending, await EmailOfAsync(org, waiting));

        // The mail client's one-click post: no session, no antiforgery token.
        var click = await anonymous.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);

        Assert.Equal(EmailStatus.None, await EmailOfAsync(org, waiting));
        var later = await NoticeAsync(org, "peer", "You are asked for a peer review of Hana HR.", now);
        Assert.Equal(EmailStatus.None, await EmailOfAsync(org, later));
        Assert.Equal(EmailStatus.Pending, await EmailOfAsync(org, await NoticeAsync(org, "employee", "You are asked for a peer review of Pat Peer.", now)));
        var settings = await (await org.ApiAsync("peer")).GetFromJsonAsync<NoticeSettingsDto>("/api/v1/notifications/settings", Json);
        Assert.Equal(NoticeDelivery.InApp, settings!.Kinds.Single(k => k.Kind == NoticeKind.PeerReviewAsked).Chosen);
        Assert.Contains("You're unsubscribed", await anonymous.GetStringAsync(link.AbsolutePath), StringComparison.Ordinal);

        // A browser's click on the page's button is sent back to the page.
        var browser = new HttpRequestMessage(HttpMethod.Post, link.AbsolutePath) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }) };
        browser.Headers.Accept.ParseAdd("text/html");
        var back = await anonymous.SendAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(link.AbsolutePath, back.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnsubscribeLinkTandemDidNotMake_DoesNothing()
    {
        var org = await TestOrg.CreateAsync(_app);
        using var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var links = _app.Services.GetRequiredService<UnsubscribeLinks>();
        var real = links.PathFor(org.Id, org["peer"], NoticeKind.PeerReviewAsked);
        var forged = real[..^4] + (real[^4] == 'A' ? "B" : "A") + real[^3..];

        foreach (var path in new[] { forged, "/unsubscribe/not-a-token", "/unsubscribe/" + new string('x', 500) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync(path, new FormUrlEncodedContent([]))).StatusCode);
            Assert.Contains("This link doesn't work", await anonymous.GetStringAsync(path), StringComparison.Ordinal);
        }
        Assert.False(await org.DbAsync(db => db.NoticePreferences.AnyAsync()));
    }

    public void Dispose() => _app.Dispose();

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static async Task SaveAsync(TestOrg org, string who, object settings)
    {
        var response = await (await org.ApiAsync(who)).PutAsJsonAsync("/api/v1/notifications/settings", settings);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<EmailStatus> EmailOfAsync(TestOrg org, Guid id) => org.DbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.Email).SingleAsync());

    private static async Task<Guid> NoticeAsync(TestOrg org, string recipient, string text, DateTimeOffset at)
    {
        await using var scope = org.ScopeAs("hr");
        var db = scope.ServiceProvider.GetRequiredService<TandemDb>();
        await NotificationService.AddAsync(db, new FakeTimeProvider(at), NoticeKind.PeerReviewAsked, org[recipient], text, "/reviews", CancellationToken.None);
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<Notification>().Single().Entity.Id;
    }
}
