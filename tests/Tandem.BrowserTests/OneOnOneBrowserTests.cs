using System.Diagnostics;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// 1:1s in two real browsers: manager and report on one meeting page see each other's topics live; the wrap-up
/// makes next steps; holding the meeting carries undiscussed topics to the next one.
/// </summary>
public sealed class OneOnOneBrowserTests
{
    private const string Daniel = "daniel@northwind.example";
    private const string Priya = "priya@northwind.example";

    [Fact]
    public async Task MeetingPage_ManagerAndReport_SeeEachOthersTopicsWithinASecond()
    {
        var app = await BrowserApp.GetAsync();
        var priya = await app.SignInAsync(Priya);
        var daniel = await app.SignInAsync(Daniel);
        var meetingUrl = await NextMeetingWithAsync(priya, app, "Daniel Okafor");
        await Task.WhenAll(priya.GotoAsync(meetingUrl), daniel.GotoAsync(meetingUrl));
        await Task.WhenAll(LiveAsync(priya), LiveAsync(daniel));

        await AddTopicAsync(priya, "Problems and roadblocks", "Staging is down every Monday");
        var seen = Stopwatch.StartNew();
        await Assertions.Expect(daniel.GetByText("Staging is down every Monday")).ToBeVisibleAsync(new() { Timeout = 1_000 });
        Assert.True(seen.ElapsedMilliseconds < 1_000, $"Daniel saw Priya's topic after {seen.ElapsedMilliseconds} ms");

        // Priya's own page reloaded with her post: it listens again before Daniel writes.
        await LiveAsync(priya);
        await AddTopicAsync(daniel, "Help needed", "Who should own the staging cluster?");
        await Assertions.Expect(priya.GetByText("Who should own the staging cluster?")).ToBeVisibleAsync(new() { Timeout = 1_000 });

        // A private talking point stays with its author.
        await LiveAsync(daniel);
        await AddTopicAsync(daniel, "Development focus", "Ask whether she wants to lead people", isPrivate: true);
        await priya.WaitForTimeoutAsync(800);
        await Assertions.Expect(priya.GetByText("Ask whether she wants to lead people")).ToHaveCountAsync(0);

        await priya.AssertAccessibleAsync();
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("meeting");
        await priya.Context.CloseAsync();
        await daniel.Context.CloseAsync();
    }

    [Fact]
    public async Task WrapUpAndHold_NextStepsAppear_UndiscussedTopicsCarryOver()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync(Daniel);
        await daniel.GotoAsync(app.BaseUrl + "/one-on-ones");
        var other = daniel.Locator(".series-card", new() { HasText = "Your report" }).Filter(new() { HasNotText = "Priya Raman" }).First;
        var name = (await other.Locator("h2 a").InnerTextAsync()).Trim();
        await other.Locator("a[href^='/one-on-ones/meetings/']").ClickAsync();

        await AddTopicAsync(daniel, "Wins since last time", "Closed the Q3 hiring round");
        await AddTopicAsync(daniel, "Problems and roadblocks", "Laptop refresh is late");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Discussed: Closed the Q3 hiring round" }).ClickAsync();

        await daniel.GetByText("Write the wrap-up").ClickAsync();
        await daniel.GetByLabel($"What {name} will work on").FillAsync("Draft the onboarding checklist");
        await daniel.GetByLabel("What you will do").FillAsync("Ask IT for a delivery date");
        await daniel.GetByLabel("How you'll celebrate progress").FillAsync("Team lunch");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save wrap-up" }).ClickAsync();
        var steps = daniel.GetByRole(AriaRole.Region, new() { Name = "Next steps" });
        await Assertions.Expect(steps).ToContainTextAsync("Draft the onboarding checklist");
        await Assertions.Expect(steps).ToContainTextAsync("Ask IT for a delivery date");
        await daniel.ScreenshotAsync("meeting-wrap-up");

        // Move it to an hour from now, then hold it.
        await daniel.GetByText("Move it", new() { Exact = true }).ClickAsync();
        await daniel.GetByLabel("New time", new() { Exact = false }).FillAsync(await LocalInBerlinAsync(daniel));
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await daniel.GetByRole(AriaRole.Button, new() { Name = "We met: mark as held" }).ClickAsync();
        await Assertions.Expect(daniel.Locator(".badge", new() { HasText = "Held" }).First).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByText("Laptop refresh is late")).ToHaveCountAsync(0);

        await daniel.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();
        var carried = daniel.Locator(".agenda-item", new() { HasText = "Laptop refresh is late" });
        await Assertions.Expect(carried).ToContainTextAsync("Carried over");
        await Assertions.Expect(daniel.GetByRole(AriaRole.Region, new() { Name = "Next steps" })).ToContainTextAsync("Draft the onboarding checklist");
        await daniel.AssertAccessibleAsync();

        // A week away it cannot be held yet: the refusal says why, next to the button, and takes the focus.
        await daniel.GetByRole(AriaRole.Button, new() { Name = "We met: mark as held" }).ClickAsync();
        var refusal = daniel.Locator(".notice.bad[role=alert]");
        await Assertions.Expect(refusal).ToContainTextAsync("more than 12 hours");
        await Assertions.Expect(refusal).ToBeFocusedAsync();
        await daniel.Context.CloseAsync();
    }

    [Fact]
    public async Task OneOnOnePages_ListSeriesAndTemplates_AreAccessible()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync(Daniel);
        foreach (var (path, shot) in new[] { ("/one-on-ones", "one-on-ones"), ("/one-on-ones/templates", null), ("/one-on-ones/questions", null), ("/one-on-ones/new", null), ("/team", "team") })
        {
            await daniel.GotoAsync(app.BaseUrl + path);
            await daniel.AssertAccessibleAsync();
            if (shot is not null) await daniel.ScreenshotAsync(shot);
        }
        await daniel.GotoAsync(app.BaseUrl + "/one-on-ones");
        await daniel.Locator(".series-card", new() { HasText = "Priya Raman" }).GetByRole(AriaRole.Link, new() { Name = "Priya Raman" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Every next step" })).ToBeVisibleAsync();
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("one-on-one-series");
        await daniel.Context.CloseAsync();
    }

    private static async Task<string> NextMeetingWithAsync(IPage page, BrowserApp app, string name)
    {
        await page.GotoAsync(app.BaseUrl + "/one-on-ones");
        var href = await page.Locator(".series-card", new() { HasText = name }).Locator("a[href^='/one-on-ones/meetings/']").GetAttributeAsync("href");
        return app.BaseUrl + href;
    }

    private static Task LiveAsync(IPage page) => Assertions.Expect(page.Locator("body[data-live='on']")).ToHaveCountAsync(1);

    private static async Task AddTopicAsync(IPage page, string section, string text, bool isPrivate = false)
    {
        var form = page.Locator(".agenda-section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = section }) }).Locator("form.add-topic");
        await form.GetByLabel($"Add a topic to {section}").FillAsync(text);
        if (isPrivate) await form.GetByLabel("Private").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(page.GetByText(text)).ToBeVisibleAsync();
    }

    // An hour from now on the wall clock of the signed-in person (the demo people are in Europe/Berlin).
    private static Task<string> LocalInBerlinAsync(IPage page) => page.EvaluateAsync<string>(
        "() => new Date(Date.now() + 3600e3).toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).replace(' ', 'T').slice(0, 16)");
}
