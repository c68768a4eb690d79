using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>Goals in a real browser: writing one with the live SMART check, checking in, the tree, insights.</summary>
public sealed class GoalBrowserTests
{
    [Fact]
    public async Task WriteAGoal_SmartCheckFollows_ThenCheckIn_MovesProgress()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/goals/new");

        var specific = page.Locator("#smart-checklist li", new() { HasText = "Specific" });
        await Assertions.Expect(specific).Not.ToHaveClassAsync("met");
        await page.GetByLabel("Objective").FillAsync("Halve the time new engineers need to ship their first change");
        await Assertions.Expect(specific).ToHaveClassAsync("met");
        await page.GetByLabel("Aligns to", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Make deploys boring — Platform" });
        await page.GetByLabel("Key result 1").FillAsync("Days to first merged change");
        await page.Locator("#kr-0-start").FillAsync("10");
        await page.Locator("#kr-0-target").FillAsync("5");
        await page.Locator("#kr-0-unit").FillAsync("days");
        await Assertions.Expect(page.Locator("#smart-checklist li.met")).ToHaveCountAsync(5);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("goal-editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create goal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Halve the time new engineers need to ship their first change" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Aligns up to" })).ToContainTextAsync("Make deploys boring");

        var checkIn = page.GetByRole(AriaRole.Form, new() { Name = "Check in on Days to first merged change" });
        await checkIn.GetByLabel("Current value (days)").FillAsync("7.5");
        await checkIn.GetByLabel("Confidence (0–10)").FillAsync("8");
        await checkIn.GetByLabel("What changed (optional)").FillAsync("Pairing on day one helped.");
        await checkIn.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();

        await Assertions.Expect(page.GetByText("now 7.5 days")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("“Pairing on day one helped.” — Priya Raman")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "50% done" }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WriteAGoal_OnAPhone_WithTheFormsDefaults_IsSavedNotAligned()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example", width: 390);
        await page.GotoAsync(app.BaseUrl + "/goals/new");
        await Assertions.Expect(page.GetByLabel("Aligns to", new() { Exact = true })).ToHaveValueAsync("");

        await page.GetByLabel("Objective").FillAsync("Write the on-call handbook with the platform team");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create goal" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Write the on-call handbook with the platform team");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).First).ToHaveTextAsync("Goal saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Aligns up to" })).ToHaveCountAsync(0);
        Assert.Equal("", await page.OverflowingAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task GoalPage_ShowsTheChartAndHistory()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/goals");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cut build times with remote caching" }).ClickAsync();

        await Assertions.Expect(page.Locator(".line-chart svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Key results" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("goal");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tree_OpensABranchLazily()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("daniel@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/goals/tree");

        var tree = page.Locator(".tree");
        await Assertions.Expect(tree.GetByRole(AriaRole.Link, new() { Name = "Ship reliably, several times a day" })).ToHaveCountAsync(0);
        await page.Locator("summary", new() { HasText = "aligned goals under Become the easiest analytics tool" }).ClickAsync();
        await Assertions.Expect(tree.GetByRole(AriaRole.Link, new() { Name = "Ship reliably, several times a day" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("goal-tree");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InsightsTeamAndGoalsPages_AreAccessible()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("daniel@northwind.example");
        foreach (var (path, shot) in new[] { ("/goals", "goals"), ("/goals/insights", "goal-insights"), ("/team", "team") })
        {
            await page.GotoAsync(app.BaseUrl + path);
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync(shot);
        }
        await page.Context.CloseAsync();

        var hr = await app.SignInAsync("sofia@northwind.example");
        foreach (var path in new[] { "/goals/periods", "/admin/goals/import" })
        {
            await hr.GotoAsync(app.BaseUrl + path);
            await hr.AssertAccessibleAsync();
        }
        await hr.Context.CloseAsync();
    }

    [Fact]
    public async Task AGoalNobodyMaySee_AnswersNotFound()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");

        var response = await page.GotoAsync(app.BaseUrl + "/goals/" + Guid.CreateVersion7());

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
