using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Notifications;

/// <summary>A notice is its recipient's alone: listed newest first and keyset-paged, marked read by them and by nobody else.</summary>
public abstract class NotificationTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task ARequestForFeedback_NoticesEachRecipient_WhoAloneListsAndMarksIt()
    {
        var org = await NewOrgAsync();
        var elsewhere = await NewOrgAsync("Elsewhere");
        await RequestAsync(org, "How did my demo land?");

        var peer = await org.ApiAsync("peer");
        var page = await JsonAsync(await peer.GetAsync("/api/v1/notifications"), HttpStatusCode.OK);
        var notice = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Contains("asks for your feedback", notice.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(notice.GetProperty("read").GetBoolean());
        var id = notice.GetProperty("id").GetGuid();

        // The requester, an HR admin and another organisation's admin neither see it nor can mark it.
        foreach (var other in new[] { await org.ApiAsync("employee"), await org.ApiAsync("hr"), await elsewhere.ApiAsync("hr") })
        {
            Assert.Empty((await JsonAsync(await other.GetAsync("/api/v1/notifications"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
            await ProblemAsync(await other.PostAsync($"/api/v1/notifications/{id}/read", null), HttpStatusCode.NotFound);
        }
        Assert.Null(await org.DbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));

        var read = await JsonAsync(await peer.PostAsync($"/api/v1/notifications/{id}/read", null), HttpStatusCode.OK);
        Assert.True(read.GetProperty("read").GetBoolean());
        await JsonAsync(await peer.PostAsync($"/api/v1/notifications/{id}/read", null), HttpStatusCode.OK); // again: no change, no error
        Assert.Empty((await JsonAsync(await peer.GetAsync("/api/v1/notifications?unread=true"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Single((await JsonAsync(await peer.GetAsync("/api/v1/notifications"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Notices_ArePagedNewestFirst_AndMarkAllReadMarksOnlyYours()
    {
        var org = await NewOrgAsync();
        for (var i = 0; i < 5; i++) await RequestAsync(org, $"Question {i}");
        await RequestAsync(org, "For the manager", recipient: "manager");
        var peer = await org.ApiAsync("peer");

        var seen = new List<string>();
        string? next = null;
        do
        {
            var page = await JsonAsync(await peer.GetAsync("/api/v1/notifications?limit=2" + (next is null ? "" : "&after=" + Uri.EscapeDataString(next))), HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("at").GetString()!));
            next = page.GetProperty("next").GetString();
        } while (next is not null);
        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.OrderDescending(StringComparer.Ordinal), seen);
        await ProblemAsync(await peer.GetAsync("/api/v1/notifications?after=not-a-cursor"), HttpStatusCode.BadRequest, "after");

        var marked = await JsonAsync(await peer.PostAsync("/api/v1/notifications/read", null), HttpStatusCode.OK);
        Assert.Equal(5, marked.GetProperty("marked").GetInt32());
        Assert.Equal(1, await org.DbAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null && n.Kind == Tandem.Features.Notifications.NoticeKind.FeedbackRequested))); // the manager's
    }

    [Fact]
    public async Task ThePage_ListsYourNotices_AndMarksOneRead()
    {
        var org = await NewOrgAsync();
        var pages = await org.PagesAsync("peer");
        // Signing in from a new browser wrote the peer an alert: start from no notices.
        await org.DbAsync(db => db.Notifications.Where(n => n.RecipientId == org["peer"]).ExecuteDeleteAsync());
        Assert.Contains("Nothing here yet", await pages.GetHtmlAsync("/notifications"), StringComparison.Ordinal);

        await RequestAsync(org, "How did my demo land?");
        var id = await org.DbAsync(db => db.Notifications.Select(n => n.Id).SingleAsync());
        var html = await pages.GetHtmlAsync("/notifications");
        Assert.Contains("asks for your feedback", html, StringComparison.Ordinal);

        var response = await pages.PostFormAsync("/notifications", $"read-{id}", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Marked read.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await org.DbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));
    }

    private static async Task RequestAsync(TestOrg org, string prompts, string recipient = "peer")
    {
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd");
        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests",
            new { recipientIds = new[] { org[recipient] }, prompts, dueDate = due });
        await JsonAsync(response, HttpStatusCode.Created);
    }
}

public sealed class NotificationTests_Sqlite() : NotificationTests(TandemApp.Sqlite);

public sealed class NotificationTests_Postgres() : NotificationTests(TandemApp.Postgres);
