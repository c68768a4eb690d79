using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tandem.Features.Development;
using Tandem.Features.Notifications;
using Tandem.Features.OneOnOnes;
using Tandem.Tests.Infrastructure;
using Tandem.Tests.OneOnOnes;

namespace Tandem.Tests.Notifications;

/// <summary>
/// The reminders, run with a clock years ahead on the shared hosts: only this test's 1:1s, commitments and plans are
/// due then, so other tests' data is neither reminded nor in the way.
/// </summary>
public abstract class ReminderTests(TandemApp app) : AppTest(app)
{
    private static readonly DateTimeOffset Then = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero); // a Monday

    [Fact]
    public async Task TheDayBefore_BothPeopleHearOfTheir1on1_WithTheSharedAgenda_Once()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var meeting = series.NextMeeting();
        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("employee"), meeting, "Career path");
        await OneOnOneTestData.AddTopicAsync(await org.ApiAsync("manager"), meeting, "A private worry", isPrivate: true);
        await org.DbAsync(db => db.Meetings.Where(m => m.Id == meeting).ExecuteUpdateAsync(s => s.SetProperty(m => m.StartsAt, Then.AddHours(20))));

        await Jobs().RemindTomorrowAsync(CancellationToken.None);
        await Jobs().RemindTomorrowAsync(CancellationToken.None);

        var notices = await NoticesAsync(org, NoticeKind.OneOnOneTomorrow);
        Assert.Equal(new[] { org["employee"], org["manager"] }.Order(), notices.Select(n => n.RecipientId).Order());
        var toEmployee = notices.Single(n => n.RecipientId == org["employee"]);
        Assert.StartsWith("Your 1:1 with Max Manager is tomorrow at", toEmployee.Text, StringComparison.Ordinal);
        Assert.Contains("On the agenda: “Career path”.", toEmployee.Text, StringComparison.Ordinal);
        Assert.All(notices, n => Assert.DoesNotContain("private worry", n.Text, StringComparison.Ordinal));
        Assert.All(notices, n => Assert.Equal($"/one-on-ones/meetings/{meeting}", n.Link));
        Assert.Equal(EmailStatus.Pending, toEmployee.Email);
    }

    [Fact]
    public async Task AnOverdueCommitment_IsToldToBothPeople_Once_AndNotWhenDone()
    {
        var org = await NewOrgAsync();
        var series = await org.CreateSeriesAsync("manager", "employee");
        var manager = await org.ApiAsync("manager");
        foreach (var text in new[] { "Send the staging plan", "Book the training" })
        {
            await JsonAsync(await manager.PostAsJsonAsync($"/api/v1/meetings/{series.NextMeeting()}/commitments", new { text, ownerId = org["employee"] }), HttpStatusCode.OK);
        }
        var due = DateOnly.FromDateTime(Then.UtcDateTime).AddDays(-2);
        await org.DbAsync(db => db.Commitments.ExecuteUpdateAsync(s => s.SetProperty(c => c.DueDate, due)));
        await org.DbAsync(db => db.Commitments.Where(c => c.Text == "Book the training").ExecuteUpdateAsync(s => s.SetProperty(c => c.DoneAt, DateTimeOffset.UtcNow)));

        await Jobs().RemindOverdueAsync(CancellationToken.None);
        await Jobs().RemindOverdueAsync(CancellationToken.None);

        var notices = await NoticesAsync(org, NoticeKind.CommitmentOverdue);
        Assert.Equal(2, notices.Count);
        Assert.Equal("Your commitment “Send the staging plan” (due 1 Mar) is overdue: mark it done, or bring it to your next 1:1 with Max Manager.",
            notices.Single(n => n.RecipientId == org["employee"]).Text);
        Assert.Equal("Emma Employee's commitment “Send the staging plan” (due 1 Mar) is overdue: ask about it in your next 1:1.",
            notices.Single(n => n.RecipientId == org["manager"]).Text);
    }

    [Fact]
    public async Task ANextExitDueInTwoDays_RemindsItsOwnerAlone_Once()
    {
        var org = await NewOrgAsync();
        var plan = Guid.NewGuid();
        await org.DbAsync(async db =>
        {
            db.DevelopmentPlans.Add(new DevelopmentPlan { Id = plan, PersonId = org["employee"] });
            db.DevelopmentActions.Add(new DevelopmentAction
            {
                Id = Guid.NewGuid(), PlanId = plan, Text = "Shadow an on-call week", IsNextExit = true, DueDate = DateOnly.FromDateTime(Then.UtcDateTime).AddDays(1),
            });
            db.DevelopmentActions.Add(new DevelopmentAction { Id = Guid.NewGuid(), PlanId = plan, Text = "Not the next exit", DueDate = DateOnly.FromDateTime(Then.UtcDateTime) });
            return await db.SaveChangesAsync();
        });
        var reminders = new NextExitReminders(App.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(Then), NullLogger<NextExitReminders>.Instance);

        await reminders.RemindAsync(CancellationToken.None);
        await reminders.RemindAsync(CancellationToken.None);

        var notice = Assert.Single(await NoticesAsync(org, NoticeKind.NextExitDue));
        Assert.Equal(org["employee"], notice.RecipientId);
        Assert.Equal("Your next step “Shadow an on-call week” is due 4 Mar. Done it? Mark it done and choose the next one.", notice.Text);
        Assert.Equal($"/people/{org["employee"]}/plan", notice.Link);
    }

    private MeetingReminders Jobs() =>
        new(App.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(Then), NullLogger<MeetingReminders>.Instance);

    private static Task<List<Notification>> NoticesAsync(TestOrg org, NoticeKind kind) =>
        org.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == kind).ToListAsync());
}

public sealed class ReminderTests_Sqlite() : ReminderTests(TandemApp.Sqlite);

public sealed class ReminderTests_Postgres() : ReminderTests(TandemApp.Postgres);
