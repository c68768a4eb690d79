using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Reviews in a real browser. A whole cycle across four people's browsers: HR sets it up for a manager's tree with peer
/// reviews and opens it, the employee writes her self review and proposes peers, the manager approves them, the peer
/// writes (and can't read the results), the manager writes and releases, the employee reads and acknowledges. On the
/// demo's open cycle: the manager writes beside the self review and the evidence packet,
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

    [Fact]
    public async Task AWholeCycle_FromSetupToAcknowledgement_AcrossHrManagerEmployeeAndPeer()
    {
        var app = await BrowserApp.GetAsync();
        const string name = "Platform ad hoc check";
        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/admin/reviews/new");
        await sofia.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await sofia.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ad hoc" });
        await sofia.GetByLabel("Everyone below one manager:").CheckAsync();
        await sofia.GetByLabel("Manager (name or work email)").FillAsync("daniel@northwind.example");
        await sofia.GetByLabel("Template", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Quarterly conversation" });
        await sofia.GetByLabel("Peer reviews", new() { Exact = false }).CheckAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Create cycle" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Rowheader, new() { Name = "Leo Fischer" })).ToBeVisibleAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Rowheader, new() { Name = "Sofia Lindqvist" })).ToHaveCountAsync(0);
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Open the cycle" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Status).Filter(new() { HasText = "start with their self reviews" })).ToBeVisibleAsync();
        var cyclePage = sofia.Url;

        var priya = await app.SignInAsync("priya@northwind.example");
        await priya.GotoAsync(app.BaseUrl + "/reviews");
        await Row(priya, name).GetByRole(AriaRole.Link, new() { Name = "Self review" }).ClickAsync();
        await priya.GetByRole(AriaRole.Textbox, new() { Name = "What went well this period, and what made it work?" }).FillAsync("Moved the build to remote caching: 14 minutes down to 6.");
        await priya.GetByRole(AriaRole.Textbox, new() { Name = "What will you focus on next?" }).FillAsync("Lead the flaky-test clean-up, with a weekly count on the dashboard.");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Status).Filter(new() { HasText = "Submitted your self review" })).ToBeVisibleAsync();
        await Row(priya, name).GetByRole(AriaRole.Link, new() { Name = "Choose peers" }).ClickAsync();
        await priya.GetByLabel("One colleague per line, by name or work email").FillAsync("Leo Fischer\nMei Tanaka\nOmar Haddad");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Propose these peers" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Status).Filter(new() { HasText = "your manager approves" })).ToBeVisibleAsync();
        await priya.AssertAccessibleAsync();

        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/reviews");
        await Team(daniel, name).GetByRole(AriaRole.Link, new() { Name = "Peers" }).ClickAsync();
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Approve this list" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "each peer is asked for a review" })).ToBeVisibleAsync();

        await sofia.GotoAsync(cyclePage);
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Peer nominations" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Peer and upward reviews" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Manager reviews" })).ToBeVisibleAsync();

        var leo = await app.SignInAsync("leo@northwind.example");
        await leo.GotoAsync(app.BaseUrl + "/reviews");
        await Row(leo, name).GetByRole(AriaRole.Link, new() { Name = "Peer review" }).ClickAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Heading, new() { Name = "Peer review of Priya Raman" })).ToBeVisibleAsync();
        await leo.GetByRole(AriaRole.Textbox, new() { Name = "What does this person do that you would like them to keep doing?" })
            .FillAsync("Pairs for an hour when someone is stuck, instead of answering in chat: it unblocked me twice in May.");
        await leo.AssertAccessibleAsync();
        await leo.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(leo.GetByRole(AriaRole.Status).Filter(new() { HasText = "Submitted your peer review" })).ToBeVisibleAsync();

        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Manager reviews" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Released: conversations and acknowledgements" })).ToBeVisibleAsync();

        await daniel.GotoAsync(app.BaseUrl + "/reviews");
        await Row(daniel, name).Filter(new() { HasText = "Priya Raman" }).GetByRole(AriaRole.Link, new() { Name = "Manager review" }).ClickAsync();
        await daniel.GetByRole(AriaRole.Textbox, new() { Name = "What went well this period, and what made it work?" }).FillAsync("The remote-caching work: builds at 6 minutes for the whole team.");
        await daniel.GetByRole(AriaRole.Textbox, new() { Name = "What will you focus on next?" }).FillAsync("Own the flaky-test clean-up and present the trend in planning.");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Team(daniel, name).GetByRole(AriaRole.Link, new() { Name = "Priya Raman" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Leo Fischer", Exact = true })).ToBeVisibleAsync();
        var results = daniel.Url;
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Release to Priya Raman" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Released" })).ToBeVisibleAsync();

        // The peer reads only what they wrote.
        await leo.GotoAsync(results);
        await Assertions.Expect(leo.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();

        await priya.GotoAsync(results);
        await Assertions.Expect(priya.GetByText("Own the flaky-test clean-up")).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByText("it unblocked me twice in May")).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "Leo Fischer" })).ToHaveCountAsync(0);
        await priya.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Status).Filter(new() { HasText = "Acknowledged" })).ToBeVisibleAsync();
        await priya.AssertAccessibleAsync();
        foreach (var page in new[] { sofia, priya, daniel, leo }) await page.Context.CloseAsync();
    }

    // A row of "To write" in the named cycle.
    private static ILocator Row(IPage page, string cycle) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = cycle });

    // A report's entry under "My team's reviews" in the named cycle (Priya: the only report in the tests' cycles).
    private static ILocator Team(IPage page, string cycle) =>
        page.GetByRole(AriaRole.Region, new() { Name = "My team's reviews" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = cycle }).Filter(new() { HasText = "Priya Raman" });
}
