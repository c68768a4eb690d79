using System.Net;
using System.Net.Http.Json;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>
/// The emails about an account, read back from the SMTP server: the invitation and the password reset carry a link
/// that exists only in the email (sealed in the outbox, erased once sent), none can be unsubscribed from, and the alerts
/// (a changed password, a paused account, a new browser) reach the person.
/// </summary>
public sealed class AccountEmailTests : IDisposable
{
    private readonly TandemApp _app = MailSink.StartApp();

    [Fact]
    public async Task AnInvitation_IsEmailed_WithALinkThatIsNowhereElse()
    {
        var org = await TestOrg.CreateAsync(_app, "Invite Co");
        var hr = await org.ApiAsync("hr");
        var created = await hr.PostAsJsonAsync("/api/v1/people", new { name = "Ines Invited", email = $"ines@{org.Slug}.test", managerId = org["manager"] });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ines = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        // Made twice: the first link stops working, and its email with it.
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync($"/api/v1/people/{ines}/invitation", null)).StatusCode);
        var shown = (await (await hr.PostAsync($"/api/v1/people/{ines}/invitation", null)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("url").GetString()!;
        var token = shown.Split("/invite/")[1];

        var notices = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == ines).OrderBy(n => n.CreatedAt).ToListAsync());
        Assert.Equal(2, notices.Count);
        Assert.Equal(EmailStatus.None, notices[0].Email); // the first link stopped working: its email is called off
        var notice = notices[1];
        Assert.Equal((NoticeKind.Invitation, EmailStatus.Pending), (notice.Kind, notice.Email));
        Assert.NotNull(notice.ReadAt);
        Assert.All(notices, n => Assert.DoesNotContain(token, n.EmailLink ?? "", StringComparison.Ordinal));
        Assert.All(notices, n => Assert.DoesNotContain(token, n.Link, StringComparison.Ordinal));

        await MailSink.Sender(_app, DateTimeOffset.UtcNow).SendDueAsync(CancellationToken.None);

        var email = Assert.Single(MailSink.Received(notice.Id));
        Assert.Equal($"ines@{org.Slug}.test", email.To.Mailboxes.Single().Address);
        Assert.Contains($"https://tandem.example/invite/{token}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Invite Co invites you to Tandem", email.Subject, StringComparison.Ordinal);
        Assert.Null(email.Headers["List-Unsubscribe"]);
        Assert.Null(await org.DbAsync(db => db.Notifications.Where(n => n.Id == notice.Id).Select(n => n.EmailLink).SingleAsync()));
        Assert.Empty(MailSink.Received(notices[0].Id));
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent,
            (await anonymous.PostAsJsonAsync("/api/v1/invitations/accept", new { token, password = "a sunny walk by the river" })).StatusCode);
    }

    [Fact]
    public async Task AForgottenPassword_IsResetThroughTheEmailedLink_Once()
    {
        var org = await TestOrg.CreateAsync(_app, "Reset Co");
        using var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tandem.test"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = org.Email("employee") })).StatusCode);
        // An email without an account gets the same answer, and nothing is written.
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = "nobody@nowhere.test" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { email = "not an email" })).StatusCode);
        var notice = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Kind == NoticeKind.PasswordReset));
        Assert.Equal(org["employee"], notice.RecipientId);

        await MailSink.Sender(_app, DateTimeOffset.UtcNow).SendDueAsync(CancellationToken.None);

        var email = Assert.Single(MailSink.Received(notice.Id));
        var link = new Uri(email.TextBody!.Split(["Open it in Tandem: "], StringSplitOptions.None)[1].Split('\n')[0].Trim());
        Assert.Equal("/account/reset", link.AbsolutePath);
        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Contains("Choose a new password", await anonymous.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
        var confirm = new { userId = Guid.Parse(query["user"]!), token = query["token"], newPassword = "a brand new long password" };

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", confirm)).StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", confirm with { newPassword = "yet another long password" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("expired or was used already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = TestOrg.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("employee"), password = "a brand new long password" })).StatusCode);
        var alert = await org.DbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Kind == NoticeKind.SignInAlert && n.RecipientId == org["employee"]));
        Assert.Contains("password was changed", alert.Text, StringComparison.Ordinal);
        Assert.Null(alert.ReadAt);
    }

    [Fact]
    public async Task FailedSignInsThatPauseAnAccount_AndANewBrowser_AlertTheOwner()
    {
        var org = await TestOrg.CreateAsync(_app);
        using var anonymous = _app.CreateClient();
        for (var i = 0; i < 6; i++) await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = org.Email("peer"), password = "wrong password " + i });
        var paused = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NoticeKind.SignInAlert && n.RecipientId == org["peer"]).ToListAsync());
        Assert.Contains("signing in is paused for 15 minutes", Assert.Single(paused).Text, StringComparison.Ordinal);

        using var browser = PageClient.Create(_app);
        await browser.SignInAsync(org.Email("employee"), TestOrg.Password);
        await browser.PostFormAsync("/account", "", [], action: "/account/logout");
        await browser.SignInAsync(org.Email("employee"), TestOrg.Password); // the same browser again
        var alerts = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NoticeKind.SignInAlert && n.RecipientId == org["employee"]).ToListAsync());
        Assert.StartsWith("New sign-in to your Tandem account from a browser on ", Assert.Single(alerts).Text, StringComparison.Ordinal);
        // An API sign-in is a script's: no browser to know.
        await org.ApiAsync("manager");
        Assert.False(await org.DbAsync(db => db.Notifications.AnyAsync(n => n.Kind == NoticeKind.SignInAlert && n.RecipientId == org["manager"])));
    }

    [Fact]
    public async Task TheForgotAndResetPages_SentWithTheirDefaults_SayWhatIsMissing()
    {
        var org = await TestOrg.CreateAsync(_app);
        using var browser = PageClient.Create(_app);
        var forgot = HtmlForms.Defaults(await browser.GetHtmlAsync("/account/forgot"), "forgot");
        var refused = WebUtility.HtmlDecode(await (await browser.PostFormAsync("/account/forgot", "forgot", forgot)).Content.ReadAsStringAsync());
        Assert.Contains("Enter the email you sign in with.", refused, StringComparison.Ordinal);

        var link = $"/account/reset?user={Guid.NewGuid()}&token=not-a-real-token";
        var reset = HtmlForms.Defaults(await browser.GetHtmlAsync(link), "reset");
        var empty = WebUtility.HtmlDecode(await (await browser.PostFormAsync(link, "reset", reset)).Content.ReadAsStringAsync());
        Assert.Contains("Choose a new password.", empty, StringComparison.Ordinal);
        reset["Input.NewPassword"] = reset["Input.Confirm"] = "a long enough new password";
        var expired = WebUtility.HtmlDecode(await (await browser.PostFormAsync(link, "reset", reset)).Content.ReadAsStringAsync());
        Assert.Contains("This link has expired or was used already.", expired, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/forgot\"", expired, StringComparison.Ordinal);
        Assert.False(await org.DbAsync(db => db.Notifications.AnyAsync(n => n.Kind == NoticeKind.PasswordReset || n.Kind == NoticeKind.SignInAlert)));
    }

    public void Dispose() => _app.Dispose();
}
