using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Features.Development;
using Tandem.Features.Feedback;
using Tandem.Tests.Goals;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Development;

/// <summary>
/// The feedback → development loop: feedback linked to a capability recurs as a theme, counts toward the trend of a plan
/// action on that capability (only as far as the plan's reader may read it), and assessments point to goals and feedback as evidence.
/// </summary>
public abstract class FeedbackLoopTests(TandemApp app) : AppTest(app)
{
    [Fact]
    public async Task FeedbackOnACapability_Recurs_AndThePlanShowsWhetherItImprovedSinceWorkBegan()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        for (var i = 0; i < 3; i++) await GiveAsync(org, "manager", "Constructive", review, $"Your review of change {i} missed the failing migration; run it locally first.");
        await org.DbAsync(db => db.FeedbackItems.ExecuteUpdateAsync(s => s.SetProperty(f => f.CreatedAt, DateTimeOffset.UtcNow.AddDays(-60))));
        var employee = await org.ApiAsync("employee");
        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/actions", new { text = "Pair on reviews with Sam", capabilityId = review }), HttpStatusCode.Created);
        await JsonAsync(await employee.PostAsJsonAsync("/api/v1/me/plan/share", new { shared = true }), HttpStatusCode.OK);
        await GiveAsync(org, "manager", "Praise", review, "Your review caught the race in the payment retry; that saved us an incident.");
        await GiveAsync(org, "manager", "Praise", review, "The review checklist you wrote made my change easy to check.");
        await GiveAsync(org, "peer", "Praise", review, "Thanks for the careful review of my schema change yesterday.", visibility: "ToPerson");

        var themes = await JsonAsync(await employee.GetAsync($"/api/v1/people/{org["employee"]}/feedback-themes"), HttpStatusCode.OK);
        var theme = Assert.Single(themes.EnumerateArray(), t => t.GetProperty("theme").GetString() == "Code review");
        Assert.Equal(6, theme.GetProperty("count").GetInt32());
        Assert.Equal(review, theme.GetProperty("capabilityId").GetGuid());

        var own = Assert.Single((await JsonAsync(await employee.GetAsync($"/api/v1/people/{org["employee"]}/plan"), HttpStatusCode.OK)).GetProperty("feedback").EnumerateArray());
        Assert.Equal(3, own.GetProperty("before").GetProperty("toWorkOn").GetInt32());
        Assert.Equal(3, own.GetProperty("since").GetProperty("praise").GetInt32());
        Assert.Equal("Improving", own.GetProperty("trend").GetString());
        // The manager reads the shared plan, but not the peer's note to the employee alone: it does not count for them.
        var managers = Assert.Single((await JsonAsync(await (await org.ApiAsync("manager")).GetAsync($"/api/v1/people/{org["employee"]}/plan"), HttpStatusCode.OK))
            .GetProperty("feedback").EnumerateArray());
        Assert.Equal(2, managers.GetProperty("since").GetProperty("praise").GetInt32());
    }

    [Fact]
    public async Task FeedbackOnAnotherOrganisationsCapability_422_NothingSaved()
    {
        var org = await NewOrgAsync();
        var theirs = await DevelopmentTests.CapabilityAsync(await NewOrgAsync(), "Sales", "Negotiation");

        var response = await (await org.ApiAsync("peer")).PostAsJsonAsync("/api/v1/feedback",
            new { receiverId = org["employee"], kind = "Praise", text = "You kept the renewal call calm and on track.", capabilityId = theirs });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "CapabilityId");
        Assert.Equal(0, await org.DbAsync(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public async Task Assessment_PointsToAGoalAndFeedback_ReadersSeeOnlyWhatTheyMayRead()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        var goal = (await org.CreateGoalAsync("employee", new { title = "Review every change within a day" })).GoalId();
        var note = await GiveAsync(org, "peer", "Praise", review, "Your review comments teach, not just block.", visibility: "ToPerson");
        var employee = await org.ApiAsync("employee");

        var saved = await JsonAsync(await employee.PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments",
            new { capabilityId = review, level = 3, feedbackId = note, goalId = goal }), HttpStatusCode.Created);
        var hrView = await JsonAsync(await (await org.ApiAsync("hr")).GetAsync($"/api/v1/people/{org["employee"]}/capabilities"), HttpStatusCode.OK);

        Assert.Equal(["Feedback", "Goal"], Links(saved).Select(l => l.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(Links(saved), l => l.GetProperty("label").GetString()!.StartsWith("Your review comments", StringComparison.Ordinal));
        Assert.DoesNotContain("Your review comments", hrView.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Goal", Assert.Single(Links(hrView)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Assessment_FeedbackOrAGoalOfSomeoneElse_422()
    {
        var org = await NewOrgAsync();
        var review = await DevelopmentTests.CapabilityAsync(org, "Engineering", "Code review");
        var aboutPeer = await GiveAsync(org, "manager", "Praise", review, "Your review of the cache change was thorough and kind.", receiver: "peer");
        var peersGoal = (await org.CreateGoalAsync("peer", new { title = "Cut review time to a day" })).GoalId();
        var manager = await org.ApiAsync("manager");

        var response = await manager.PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = review, level = 3, feedbackId = aboutPeer });
        var goalResponse = await manager.PostAsJsonAsync($"/api/v1/people/{org["employee"]}/assessments", new { capabilityId = review, level = 3, goalId = peersGoal });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "FeedbackId");
        await ProblemAsync(goalResponse, HttpStatusCode.UnprocessableEntity, "GoalId");
        Assert.Equal(0, await org.DbAsync(db => db.Assessments.CountAsync()));
    }

    [Theory]
    [InlineData(0, 0, 2, 0, FeedbackTrend.TooLittle)]
    [InlineData(1, 3, 0, 0, FeedbackTrend.TooLittle)]
    [InlineData(0, 3, 2, 1, FeedbackTrend.Improving)]
    [InlineData(2, 2, 1, 1, FeedbackTrend.Steady)]
    [InlineData(3, 0, 1, 2, FeedbackTrend.Slipping)]
    public void Trend_ComparesTheShareOfPraise_BeforeAndSince(int praiseBefore, int workBefore, int praiseSince, int workSince, FeedbackTrend expected) =>
        Assert.Equal(expected, new CapabilityFeedback(Guid.NewGuid(), new FeedbackTally(praiseBefore, workBefore), new FeedbackTally(praiseSince, workSince)).Trend);

    private static IEnumerable<JsonElement> Links(JsonElement capabilities) =>
        capabilities.GetProperty("capabilities")[0].GetProperty("selfLinks").EnumerateArray();

    private static async Task<Guid> GiveAsync(TestOrg org, string giver, string kind, Guid capability, string text,
        string visibility = "ToPersonAndManager", string receiver = "employee")
    {
        var response = await (await org.ApiAsync(giver)).PostAsJsonAsync("/api/v1/feedback",
            new { receiverId = org[receiver], kind, text, visibility, capabilityId = capability });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}

public sealed class FeedbackLoopTests_Sqlite() : FeedbackLoopTests(TandemApp.Sqlite);

public sealed class FeedbackLoopTests_Postgres() : FeedbackLoopTests(TandemApp.Postgres);
