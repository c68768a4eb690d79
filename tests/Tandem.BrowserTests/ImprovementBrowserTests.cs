using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// An improvement plan in a real browser: the manager sets one up from the person's profile (refused without the support,
/// keeping what was typed), adds a checkpoint, the person finds it on their own profile and comments, the manager records
/// the outcome.
/// </summary>
public sealed class ImprovementBrowserTests
{
    [Fact]
    public async Task Manager_SetsUpAPlan_ThePersonComments_TheManagerRecordsTheOutcome()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/team");
        await daniel.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Leo Fischer" }).First.ClickAsync();
        await daniel.GetByRole(AriaRole.Link, new() { Name = "Improvement plans" }).ClickAsync();
        await daniel.GetByLabel("Expectation 1").FillAsync("Review every pull request assigned to you within one working day");
        await daniel.GetByLabel("How it will be seen").First.FillAsync("The review-time chart of the team dashboard");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Set up the plan" }).ClickAsync();
        await Assertions.Expect(daniel.GetByText("The support you give is required.")).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByLabel("Expectation 1")).ToHaveValueAsync("Review every pull request assigned to you within one working day");
        await daniel.AssertAccessibleAsync();
        await daniel.GetByLabel("The support you give").FillAsync("Pairing with Mei on reviews twice a week; review time blocked in the calendar.");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Set up the plan" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Set up the plan for Leo Fischer" })).ToBeVisibleAsync();
        await daniel.GetByLabel("Notes on progress (optional)").FillAsync("First week: median review time down from three days to one and a half.");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Add the checkpoint" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added the checkpoint" })).ToBeVisibleAsync();
        var plan = daniel.Url;

        var leo = await app.SignInAsync("leo@northwind.example");
        await leo.GotoAsync(app.BaseUrl + "/account");
        await leo.GetByRole(AriaRole.Main).Locator("a[href^='/people/']").First.ClickAsync();
        await leo.GetByRole(AriaRole.Link, new() { Name = "Your improvement plan" }).ClickAsync();
        await leo.GetByRole(AriaRole.Link, new() { NameRegex = new(" – ") }).First.ClickAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Heading, new() { Name = "Improvement plan for Leo Fischer" })).ToBeVisibleAsync();
        await leo.GetByLabel("Your comment").FillAsync("Blocking the review time works; the pairing sessions help most.");
        await leo.GetByRole(AriaRole.Button, new() { Name = "Save comment" }).ClickAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved your comment" })).ToBeVisibleAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" })).ToHaveCountAsync(0);
        await leo.AssertAccessibleAsync();

        await daniel.GotoAsync(plan);
        await Assertions.Expect(daniel.GetByText("the pairing sessions help most")).ToBeVisibleAsync();
        await daniel.GetByLabel("Outcome", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Successful: the expectations are met" });
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Recorded the outcome: successful" })).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" })).ToHaveCountAsync(0);
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("improvement-plan");
        foreach (var page in new[] { daniel, leo }) await page.Context.CloseAsync();
    }
}
