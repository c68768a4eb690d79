using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Reviews in a real browser, on the demo's open cycle: the manager writes beside the self review and the evidence packet,
/// cites a piece of it and releases the review, reading the peers by name; the employee reads it without the peers' names
/// and acknowledges it, and as a peer reads only the review she wrote; HR sets up a cycle with the form's defaults,
/// previews it and opens it.
/// </summary>
public sealed class ReviewBrowserTests
{
    [Fact]
    public async Task Manager_SubmitsAndReleases_ThenTheEmployeeAcknowledges()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/reviews");
        // The demo's open cycle (HR may open another while this runs).
        await daniel.GetByRole(AriaRole.Row).Filter(new() { HasText = "second-half" }).Filter(new() { HasText = "Priya Raman" })
            .GetByRole(AriaRole.Link, new() { Name = "Manager review" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Priya Raman's self review" })).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Evidence from the period" })).ToBeVisibleAsync();
        await daniel.GetByRole(AriaRole.Textbox, new() { Name = "What should change for the second half?" }).FillAsync("Take the lead on the billing integration, with a written plan reviewed before building.");
        // Cite the first piece of evidence the packet offers under that answer, and save: the picker says what is cited.
        var question = daniel.GetByRole(AriaRole.Group, new() { Name = "What should change for the second half?" });
        await question.GetByText("Cite evidence").ClickAsync();
        var cited = question.GetByRole(AriaRole.Checkbox).First;
        var citedName = (await cited.Locator("xpath=..").InnerTextAsync()).Split(" · ")[0].Trim();
        await cited.CheckAsync();
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Draft saved" })).ToBeVisibleAsync();
        await Assertions.Expect(question.GetByText("Cite evidence · 1 cited")).ToBeVisibleAsync();
        await Assertions.Expect(question.GetByRole(AriaRole.Checkbox).First).ToBeCheckedAsync();
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("review-writing");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("Submitted your manager review");

        await daniel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "second-half" }).Filter(new() { HasText = "Priya Raman" })
            .GetByRole(AriaRole.Link, new() { Name = "Priya Raman" }).ClickAsync();
        // The manager reads the peers by name, and what was cited.
        await Assertions.Expect(daniel.GetByText("Unblocked me twice on the billing API")).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "A colleague", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(daniel.GetByRole(AriaRole.Link, new() { Name = citedName }).First).ToBeVisibleAsync();
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Release to Priya Raman" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).Last).ToContainTextAsync("Released");
        await daniel.Context.CloseAsync();

        var priya = await app.SignInAsync("priya@northwind.example");
        await priya.GotoAsync(app.BaseUrl + "/reviews");
        await priya.GetByRole(AriaRole.Region, new() { Name = "Released to me" }).GetByRole(AriaRole.Link, new() { NameRegex = new("second-half") }).ClickAsync();
        await Assertions.Expect(priya.GetByText("billing integration")).ToBeVisibleAsync();
        // Peers are not named to her (the organisation's default), and what they cited would not give them away.
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "A colleague", Exact = true })).ToHaveCountAsync(2);
        await Assertions.Expect(priya.GetByText("Unblocked me twice on the billing API")).ToBeVisibleAsync();
        await priya.GetByLabel("Comment (optional)").FillAsync("Agreed; I'll draft the plan this week.");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status).Last).ToContainTextAsync("Acknowledged");
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("review-released");

        // As a peer, she reads only the review she wrote of a teammate, and no longer changes it.
        await priya.GotoAsync(app.BaseUrl + "/reviews");
        await priya.GetByRole(AriaRole.Row).Filter(new() { HasText = "second-half" }).GetByRole(AriaRole.Link, new() { Name = "Peer review" }).ClickAsync();
        await Assertions.Expect(priya.GetByText("This review is submitted: it can no longer change.")).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByText("Runs the on-call handover")).ToBeVisibleAsync();
        await priya.Context.CloseAsync();
    }

    [Fact]
    public async Task Hr_CreatesACycleWithTheFormsDefaults_PreviewsAndOpensIt()
    {
        var app = await BrowserApp.GetAsync();
        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/admin/reviews");
        await sofia.GetByRole(AriaRole.Link, new() { Name = "New cycle" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Create cycle" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Heading, new() { Name = "Preview: who is in it" })).ToBeVisibleAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Rowheader, new() { Name = "Priya Raman" })).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("review-cycle-preview");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Open the cycle" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("start with their self reviews");
        await Assertions.Expect(sofia.GetByRole(AriaRole.Heading, new() { Name = "Progress" })).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("review-cycle-progress");
        await sofia.Context.CloseAsync();
    }
}
