using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>Development in a real browser: capabilities and gaps, the plan with a new very next step, the team heatmap, the organisation view.</summary>
public sealed class DevelopmentBrowserTests
{
    [Fact]
    public async Task Priya_SeesHerGaps_AndAddsANextExitToHerPlan()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/development/framework");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your capabilities" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Current level per capability against what the role needs now and later" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Stakeholder communication" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("capabilities");

        await page.GotoAsync(app.BaseUrl + "/development/framework");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your development plan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Shared with your manager")).ToBeVisibleAsync();
        await page.GetByLabel("New action").FillAsync("Give the build-time talk at the engineering all-hands");
        await page.GetByLabel("Due").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"));
        await page.GetByLabel("This is my very next step").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        var actions = page.GetByRole(AriaRole.Region, new() { Name = "Next step and actions" });
        await Assertions.Expect(actions.Locator("li", new() { HasText = "Next step" })).ToContainTextAsync("build-time talk");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recommended for the largest gaps" })).ToBeVisibleAsync();
        var loop = page.GetByRole(AriaRole.Region, new() { Name = "Is it working?" });
        await Assertions.Expect(loop.Locator("li", new() { HasText = "Stakeholder communication" })).ToContainTextAsync("Improving");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("development-plan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ManagerHeatmap_AndHrOrganisationView_AreAccessible()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/development/team");
        await Assertions.Expect(daniel.GetByRole(AriaRole.Rowheader, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("team-capabilities");
        await daniel.Context.CloseAsync();

        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/development/gaps");
        await Assertions.Expect(sofia.GetByRole(AriaRole.Img).First).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("organisation-gaps");
        await sofia.Context.CloseAsync();
    }

    [Fact]
    public async Task Hr_RaisesALevelInARoleProfile_AndAddsALearningResource()
    {
        var app = await BrowserApp.GetAsync();
        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/development/framework");
        await sofia.GetByRole(AriaRole.Link, new() { Name = "Role profiles" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await sofia.GetByLabel("System design needed later").SelectOptionAsync(new SelectOptionValue { Label = "5 · Expert" });
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("role-profile");

        await sofia.GotoAsync(app.BaseUrl + "/development/learning");
        await sofia.GetByLabel("Title").FillAsync("Designing systems across team boundaries");
        await sofia.GetByLabel("Link (optional)").FillAsync("not a link");
        await sofia.GetByLabel("Capability it builds").SelectOptionAsync(new SelectOptionValue { Label = "System design" });
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await Assertions.Expect(sofia.GetByText("The link must be a web address")).ToBeVisibleAsync();
        await Assertions.Expect(sofia.GetByLabel("Title")).ToHaveValueAsync("Designing systems across team boundaries");
        await sofia.GetByLabel("Link (optional)").FillAsync("https://learning.northwind.example/systems");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Link, new() { Name = "Designing systems across team boundaries" })).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("learning-catalogue");
        await sofia.Context.CloseAsync();
    }
}
