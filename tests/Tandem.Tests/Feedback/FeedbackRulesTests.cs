using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.People;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Feedback;

/// <summary>Bad input gets a clear problem and writes nothing; giving is rate-limited per person.</summary>
public abstract class FeedbackRulesTests(TandemApp app) : AppTest(app)
{
    [Theory]
    [InlineData("self", "ReceiverId")]
    [InlineData("left", "ReceiverId")]
    [InlineData("unknown", "ReceiverId")]
    [InlineData("empty", "Text")]
    [InlineData("long", "Text")]
    [InlineData("value", "ValueIds")]
    [InlineData("publicConstructive", "Visibility")]
    public async Task Give_BadInput_422AndNothingWritten(string problem, string field)
    {
        var org = await NewOrgAsync();
        if (problem == "left")
            await org.DbAsync(db => db.People.Where(p => p.Id == org["peer"]).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PersonStatus.Left)));
        object body = problem switch
        {
            "self" => Give(org["employee"]),
            "left" => Give(org["peer"]),
            "unknown" => Give(Guid.NewGuid()),
            "empty" => Give(org["peer"], text: "   "),
            "long" => Give(org["peer"], text: new string('x', 10_001)),
            "value" => new { receiverId = org["peer"], kind = "Praise", text = "Thanks!", valueIds = new[] { Guid.NewGuid() } },
            _ => new { receiverId = org["peer"], kind = "Constructive", text = "Late again.", visibility = "Public" },
        };

        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback", body), HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await org.DbAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Theory]
    [InlineData("none", "RecipientIds")]
    [InlineData("past", "DueDate")]
    [InlineData("subject", "SubjectId")]
    [InlineData("self", "RecipientIds")]
    public async Task Request_BadInput_422AndNothingWritten(string problem, string field)
    {
        var org = await NewOrgAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd");
        object body = problem switch
        {
            "none" => new { recipientIds = Array.Empty<Guid>(), prompts = "How did the launch go?", dueDate = tomorrow },
            "past" => new { recipientIds = new[] { org["peer"] }, prompts = "How did the launch go?", dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)).ToString("yyyy-MM-dd") },
            "subject" => new { recipientIds = new[] { org["peer"] }, prompts = "How is Omar doing?", dueDate = tomorrow, subjectId = org["other"] },
            _ => new { recipientIds = new[] { org["employee"] }, prompts = "About me", dueDate = tomorrow },
        };

        await ProblemAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests", body), HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(0, await org.DbAsync(db => db.FeedbackRequests.CountAsync()));
    }

    [Fact]
    public async Task Request_ManagerAboutAReport_AnswersGoToPersonAndManager_RequesterSeesWhoAnswered_RemindersOnce()
    {
        var org = await NewOrgAsync();
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
        var request = await JsonAsync(await (await org.ApiAsync("manager")).PostAsJsonAsync("/api/v1/feedback-requests",
            new { recipientIds = new[] { org["peer"], org["other"] }, prompts = "How was working with Emma on the launch?", dueDate = due, subjectId = org["employee"] }),
            HttpStatusCode.Created);
        var pending = await JsonAsync(await (await org.ApiAsync("peer")).GetAsync("/api/v1/feedback-requests/for-me"), HttpStatusCode.OK);
        Assert.Equal(request.Id(), Assert.Single(pending.EnumerateArray()).GetProperty("id").GetGuid());

        var answer = await JsonAsync(await (await org.ApiAsync("peer")).PostAsJsonAsync("/api/v1/feedback", new
        {
            receiverId = org["employee"], kind = "Praise", text = "Emma unblocked the release twice.", requestId = request.Id(),
        }), HttpStatusCode.Created);

        Assert.Equal("ToPersonAndManager", answer.GetProperty("visibility").GetString());
        var status = await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/feedback-requests/{request.Id()}"), HttpStatusCode.OK);
        var recipients = status.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Contains(recipients, r => r.GetProperty("person").GetProperty("id").GetGuid() == org["peer"] && r.GetProperty("answeredAt").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Contains(recipients, r => r.GetProperty("person").GetProperty("id").GetGuid() == org["other"] && r.GetProperty("answeredAt").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("peer")).GetAsync($"/api/v1/feedback-requests/{request.Id()}")).StatusCode);

        var reminders = App.Services.GetService(typeof(Tandem.Features.Feedback.FeedbackReminders)) as Tandem.Features.Feedback.FeedbackReminders;
        await reminders!.RemindAsync(default);
        await reminders.RemindAsync(default);
        var notices = await org.DbAsync(db => db.Notifications.Where(n => n.RecipientId == org["other"]).Select(n => n.Text).ToListAsync());
        Assert.Equal(2, notices.Count); // the request, and one reminder
        Assert.Single(notices, n => n.StartsWith("Reminder", StringComparison.Ordinal));
        Assert.Equal(0, await org.DbAsync(db => db.Notifications.CountAsync(n => n.RecipientId == org["peer"] && n.Text.StartsWith("Reminder"))));
    }

    [Fact]
    public async Task RequestNotice_OnTheHomePage_UntilDismissed()
    {
        var org = await NewOrgAsync();
        await JsonAsync(await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback-requests",
            new { recipientIds = new[] { org["peer"] }, prompts = "How did my demo land?", dueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)) }), HttpStatusCode.Created);
        var peer = await org.PagesAsync("peer");
        Assert.Contains("asks for your feedback", await peer.GetHtmlAsync("/"), StringComparison.Ordinal);
        var notice = await org.DbAsync(db => db.Notifications.Where(n => n.RecipientId == org["peer"] && n.Kind == Tandem.Features.Notifications.NoticeKind.FeedbackRequested)
            .Select(n => n.Id).SingleAsync());

        var response = await peer.PostFormAsync("/", $"notice-{notice}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("asks for your feedback", await peer.GetHtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Give_OverTheHourlyLimit_429WithAClearMessage()
    {
        using var limited = TandemApp.StartSeparate(new() { ["RateLimits:FeedbackPerHour"] = "3" });
        var org = await TestOrg.CreateAsync(limited);
        for (var i = 0; i < 3; i++) await org.GiveAsync("employee", "peer");

        var response = await (await org.ApiAsync("employee")).PostAsJsonAsync("/api/v1/feedback", Give(org["peer"]));

        var problem = await ProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Contains("last hour", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, await org.DbAsync(db => db.FeedbackItems.CountAsync()));
    }

    private static object Give(Guid receiver, string text = "Thanks for the thorough review on Monday.") =>
        new { receiverId = receiver, kind = "Praise", text };
}

public sealed class FeedbackRulesTests_Sqlite() : FeedbackRulesTests(TandemApp.Sqlite);

public sealed class FeedbackRulesTests_Postgres() : FeedbackRulesTests(TandemApp.Postgres);
