using System.Net;
using System.Net.Http.Json;
using Tandem.Tests.Infrastructure;

namespace Tandem.Tests.Feedback;

/// <summary>
/// The visibility table (docs/security.md): feedback to the person — giver and receiver; to the person and manager — also the receiver's
/// manager; praise — everyone in the organisation; never across organisations. Each option against the giver,
/// receiver, receiver's manager, another manager (the giver's own), an HR admin, a colleague and an outsider.
/// </summary>
public abstract class FeedbackVisibilityTests(TandemApp app) : AppTest(app)
{
    public static TheoryData<string, string, bool> Matrix => new()
    {
        { "ToPerson", "other", true }, { "ToPerson", "employee", true }, { "ToPerson", "manager", false }, { "ToPerson", "otherManager", false },
        { "ToPerson", "hr", false }, { "ToPerson", "peer", false },
        { "ToPersonAndManager", "other", true }, { "ToPersonAndManager", "employee", true }, { "ToPersonAndManager", "manager", true },
        { "ToPersonAndManager", "otherManager", false }, { "ToPersonAndManager", "hr", false }, { "ToPersonAndManager", "peer", false },
        { "Public", "other", true }, { "Public", "employee", true }, { "Public", "manager", true }, { "Public", "otherManager", true },
        { "Public", "hr", true }, { "Public", "peer", true },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Feedback_ReadableAsTheVisibilityTableSays(string visibility, string viewer, bool readable)
    {
        var org = await NewOrgAsync();
        var item = await org.GiveAsync("other", "employee", visibility);
        var client = await org.ApiAsync(viewer);

        Assert.Equal(readable ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/feedback/{item.Id()}")).StatusCode);
        var about = await (await client.GetAsync($"/api/v1/people/{org["employee"]}/feedback")).Content.ReadAsStringAsync();
        Assert.Equal(readable, about.Contains(item.Id().ToString(), StringComparison.Ordinal));
        var profile = await (await (await org.PagesAsync(viewer)).GetAsync($"/people/{org["employee"]}")).Content.ReadAsStringAsync();
        Assert.Equal(readable, profile.Contains("made the trade-offs clear", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ToPerson")]
    [InlineData("ToPersonAndManager")]
    [InlineData("Public")]
    public async Task Feedback_NeverReadableFromAnotherOrganisation(string visibility)
    {
        var org = await NewOrgAsync();
        var outsider = await (await NewOrgAsync()).ApiAsync("hr");
        var item = await org.GiveAsync("other", "employee", visibility);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/feedback/{item.Id()}")).StatusCode);
        var wall = await (await outsider.GetAsync("/api/v1/feedback/praise")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(item.Id().ToString(), wall, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/feedback/{item.Id()}/reactions", new { kind = "Heart" })).StatusCode);
    }

    [Fact]
    public async Task Themes_GroupedWhateverTheirCase_SpacesAroundIgnored()
    {
        var org = await NewOrgAsync();
        foreach (var (giver, theme) in new[] { ("peer", "Stakeholder communication"), ("manager", "stakeholder communication"), ("other", " STAKEHOLDER Communication ") })
        {
            var response = await (await org.ApiAsync(giver)).PostAsJsonAsync("/api/v1/feedback", new
            {
                receiverId = org["employee"], kind = "Praise", visibility = "ToPerson", theme,
                text = "Your summary in the planning meeting on Tuesday made the trade-offs clear.",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var themes = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync($"/api/v1/people/{org["employee"]}/feedback-themes"), HttpStatusCode.OK);

        var grouped = Assert.Single(themes.EnumerateArray());
        Assert.Equal(3, grouped.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Balance_TheReceiverAndTheirManager_NotOthers()
    {
        var org = await NewOrgAsync();
        await org.GiveAsync("other", "employee", "ToPersonAndManager", "Constructive");
        var mine = await JsonAsync(await (await org.ApiAsync("employee")).GetAsync($"/api/v1/people/{org["employee"]}/feedback-balance"), HttpStatusCode.OK);
        Assert.Equal(1, mine[mine.GetArrayLength() - 1].GetProperty("constructive").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await (await org.ApiAsync("manager")).GetAsync($"/api/v1/people/{org["employee"]}/feedback-balance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("peer")).GetAsync($"/api/v1/people/{org["employee"]}/feedback-balance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await org.ApiAsync("hr")).GetAsync($"/api/v1/people/{org["employee"]}/feedback-themes")).StatusCode);
    }

    [Fact]
    public async Task TeamPage_ShowsEachReportsNewestFeedbackTheManagerMayRead()
    {
        var org = await NewOrgAsync();
        await org.GiveAsync("other", "employee", "ToPersonAndManager", text: "Older: your release notes on Monday answered every question support had.");
        await org.GiveAsync("other", "employee", "ToPersonAndManager", text: "Newer: the demo on Thursday kept to time and showed the customer's own data.");
        await org.GiveAsync("other", "employee", "ToPerson", text: "Newest, private: the code review on Friday caught the bug in the import.");
        await org.GiveAsync("other", "peer", "ToPersonAndManager", text: "For Pat: the handover document on Wednesday covered every open ticket.");
        using var manager = await org.PagesAsync("manager");

        var html = await manager.GetHtmlAsync("/team");

        Assert.Contains("Newer: the demo on Thursday", html, StringComparison.Ordinal);
        Assert.Contains("For Pat: the handover document", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Older: your release notes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Newest, private", html, StringComparison.Ordinal);
    }
}

public sealed class FeedbackVisibilityTests_Sqlite() : FeedbackVisibilityTests(TandemApp.Sqlite);

public sealed class FeedbackVisibilityTests_Postgres() : FeedbackVisibilityTests(TandemApp.Postgres);

internal static class FeedbackJson
{
    public static Guid Id(this System.Text.Json.JsonElement json) => json.GetProperty("id").GetGuid();
}
