using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Notifications;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>
/// Each person chooses how each kind of notice reaches them, HR sets the organisation's defaults, and a notice is
/// written as they say: emailed, held for a digest, in the app only, or off (already read).
/// </summary>
public abstract class NoticeSettingsTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task APersonsChoice_BeatsTheOrganisationsDefault_WhichBeatsTandems()
    {
        var org = await NewOrgAsync();
        var hr = await org.ApiAsync("hr");
        await JsonAsync(await hr.PutAsJsonAsync("/api/v1/notifications/defaults", new { kinds = new[] { new { kind = "FeedbackRequested", delivery = "InApp" } } }), HttpStatusCode.OK);
        await JsonAsync(await (await org.ApiAsync("peer")).PutAsJsonAsync("/api/v1/notifications/settings",
            new { kinds = new[] { new { kind = "FeedbackRequested", delivery = "Email" } } }), HttpStatusCode.OK);
        await JsonAsync(await (await org.ApiAsync("otherManager")).PutAsJsonAsync("/api/v1/notifications/settings",
            new { kinds = new[] { new { kind = "FeedbackRequested", delivery = "Off" } } }), HttpStatusCode.OK);

        await JsonAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests", new
        {
            recipientIds = new[] { org["peer"], org["manager"], org["otherManager"] }, prompts = "How did the demo go?",
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd"),
        }), HttpStatusCode.Created);

        var notices = await org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NoticeKind.FeedbackRequested)
            .ToDictionaryAsync(n => n.RecipientId, n => new { n.Email, Read = n.ReadAt != null }));
        Assert.Equal(new { Email = EmailStatus.Pending, Read = false }, notices[org["peer"]]);
        Assert.Equal(new { Email = EmailStatus.None, Read = false }, notices[org["manager"]]);
        Assert.Equal(new { Email = EmailStatus.None, Read = true }, notices[org["otherManager"]]);
        // Off keeps it among the notices, never among the unread.
        var unread = await JsonAsync(await (await org.ApiAsync("otherManager")).GetAsync("/api/v1/notifications?unread=true"), HttpStatusCode.OK);
        Assert.Empty(unread.GetProperty("items").EnumerateArray());

        var settings = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync("/api/v1/notifications/settings"), HttpStatusCode.OK);
        var feedback = settings.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "FeedbackRequested");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, feedback.GetProperty("chosen").ValueKind);
        Assert.Equal(("InApp", "InApp"), (feedback.GetProperty("organizationDefault").GetString(), feedback.GetProperty("delivery").GetString()));
        var defaults = await JsonAsync(await hr.GetAsync("/api/v1/notifications/defaults"), HttpStatusCode.OK);
        var byTandem = defaults.EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "FeedbackRequested");
        Assert.Equal(("Email", "InApp"), (byTandem.GetProperty("tandemDefault").GetString(), byTandem.GetProperty("delivery").GetString()));
    }

    [Fact]
    public async Task BadSettings_AreRefusedWhole_WithTheField()
    {
        var org = await NewOrgAsync();
        var peer = await org.ApiAsync("peer");
        await JsonAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings", new { kinds = new[] { new { kind = "ReviewsDue", delivery = "Off" } } }), HttpStatusCode.OK);

        await ProblemAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings",
            new { kinds = new[] { new { kind = "ReviewsDue", delivery = "Email" }, new { kind = "ReviewsDue", delivery = "InApp" } } }), HttpStatusCode.UnprocessableEntity, "Kinds[1].Kind");
        await ProblemAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings",
            new { kinds = Array.Empty<object>(), quietHours = new { from = "22:00", until = "22:00" } }), HttpStatusCode.UnprocessableEntity, "QuietHours.Until");
        await ProblemAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings", new { kinds = new[] { new { kind = "ReviewsDue", delivery = "Pigeon" } } }),
            HttpStatusCode.BadRequest);
        await ProblemAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings", new { kinds = new[] { new { kind = "NoSuchKind", delivery = "Email" } } }),
            HttpStatusCode.BadRequest);
        await ProblemAsync(await peer.PutAsJsonAsync("/api/v1/notifications/settings", new { quietHours = new { from = "25:00", until = "07:00" } }), HttpStatusCode.BadRequest);
        await ProblemAsync(await (await org.ApiAsync("hr")).PutAsJsonAsync("/api/v1/notifications/defaults",
            new { kinds = new[] { new { kind = "Other", delivery = "Off" }, new { kind = "Other", delivery = "Off" } } }), HttpStatusCode.UnprocessableEntity, "Kinds[1].Kind");

        // Nothing of the refused requests was applied.
        var kept = await org.DbAsync(db => db.NoticePreferences.AsNoTracking().Where(p => p.PersonId == org["peer"]).ToListAsync());
        Assert.Equal((NoticeKind.ReviewsDue, NoticeDelivery.Off), (Assert.Single(kept).Kind, kept[0].Delivery));
        Assert.False(await org.DbAsync(db => db.QuietHours.AnyAsync()));
        Assert.False(await org.DbAsync(db => db.NoticeDefaults.AnyAsync()));
    }

    [Fact]
    public async Task TheSettingsPage_SavedWithItsDefaults_ChangesNothing_AndAChoiceIsKept()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("peer");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync("/notifications/settings"), "notice-settings");

        var saved = await pages.PostFormAsync("/notifications/settings", "notice-settings", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your notice settings are saved.", await pages.GetHtmlAsync("/notifications/settings"), StringComparison.Ordinal);
        Assert.False(await org.DbAsync(db => db.NoticePreferences.AnyAsync()));
        Assert.False(await org.DbAsync(db => db.QuietHours.AnyAsync()));

        fields["Input.Deliveries[PeerReviewAsked]"] = "WeeklyDigest";
        fields["Input.QuietOn"] = "true";
        fields["Input.QuietFrom"] = "21:00";
        fields["Input.QuietUntil"] = "21:00";
        var refused = await TextAsync(await pages.PostFormAsync("/notifications/settings", "notice-settings", fields));
        Assert.Contains("Quiet hours end at a different time than they start.", refused, StringComparison.Ordinal);
        Assert.Contains("<option value=\"WeeklyDigest\" selected", refused, StringComparison.Ordinal);
        Assert.False(await org.DbAsync(db => db.NoticePreferences.AnyAsync()));

        fields["Input.QuietUntil"] = "07:00";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync("/notifications/settings", "notice-settings", fields)).StatusCode);
        var preference = await org.DbAsync(db => db.NoticePreferences.AsNoTracking().SingleAsync());
        Assert.Equal((org["peer"], NoticeKind.PeerReviewAsked, NoticeDelivery.WeeklyDigest), (preference.PersonId, preference.Kind, preference.Delivery));
        var quiet = await org.DbAsync(db => db.QuietHours.AsNoTracking().SingleAsync());
        Assert.Equal((new TimeOnly(21, 0), new TimeOnly(7, 0)), (quiet.From, quiet.Until));
    }

    [Fact]
    public async Task TheDefaultsPage_IsHrs_AndSavesWhatIsChosen()
    {
        var org = await NewOrgAsync();
        using var pages = await org.PagesAsync("hr");
        var fields = HtmlForms.Defaults(await pages.GetHtmlAsync("/admin/notifications"), "notice-defaults");
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync("/admin/notifications", "notice-defaults", fields)).StatusCode);
        Assert.False(await org.DbAsync(db => db.NoticeDefaults.AnyAsync()));

        fields["Input.Deliveries[ReviewAcknowledged]"] = "Email";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync("/admin/notifications", "notice-defaults", fields)).StatusCode);

        var saved = await org.DbAsync(db => db.NoticeDefaults.AsNoTracking().SingleAsync());
        Assert.Equal((NoticeKind.ReviewAcknowledged, NoticeDelivery.Email), (saved.Kind, saved.Delivery));
        Assert.True(await org.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == Tandem.Features.Audit.AuditActions.NoticeDefaultsChanged)));
        // What people see as their default follows.
        var mine = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync("/api/v1/notifications/settings"), HttpStatusCode.OK);
        Assert.Equal("Email", mine.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "ReviewAcknowledged")
            .GetProperty("delivery").GetString());
    }

    [Fact]
    public async Task TheLayout_CountsTheUnreadNotices_OfTheSignedInPersonAlone()
    {
        var org = await NewOrgAsync();
        using var peer = await org.PagesAsync("peer");
        using var employee = await org.PagesAsync("employee");
        // Signing in from a new browser wrote each an alert: start from none unread.
        foreach (var who in new[] { "peer", "employee" }) await (await org.ApiAsync(who)).PostAsync("/api/v1/notifications/read", null);
        for (var i = 0; i < 2; i++)
        {
            await JsonAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests", new
            {
                recipientIds = new[] { org["peer"] }, prompts = $"Question {i}", dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd"),
            }), HttpStatusCode.Created);
        }

        Assert.Contains("<span class=\"visually-hidden\">, 2 unread</span>", await peer.GetHtmlAsync("/goals"), StringComparison.Ordinal);
        Assert.DoesNotContain(" unread</span>", await employee.GetHtmlAsync("/goals"), StringComparison.Ordinal);
        await (await org.ApiAsync("peer")).PostAsync("/api/v1/notifications/read", null);
        Assert.DoesNotContain(" unread</span>", await peer.GetHtmlAsync("/goals"), StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class NoticeSettingsTests_Sqlite() : NoticeSettingsTests(TandemApp.Sqlite);

public sealed class NoticeSettingsTests_Postgres() : NoticeSettingsTests(TandemApp.Postgres);
