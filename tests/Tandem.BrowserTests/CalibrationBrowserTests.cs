using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Calibration in a real browser: HR sets up a calibrated cycle of the manager's team, the manager rates, HR moves it into
/// calibration and sets up a session with the form's defaults; the manager changes a rating by keyboard (refused without a
/// reason, the form keeping what was chosen) and moves someone by dragging them on the 9-box; after release the employee
/// sees her final rating. The demo's finished session reads as final.
/// </summary>
public sealed class CalibrationBrowserTests
{
    [Fact]
    public async Task Session_FromSetupToRelease_ByKeyboardAndByDrag()
    {
        var app = await BrowserApp.GetAsync();
        const string name = "Platform calibrated check";
        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/admin/reviews/new");
        await sofia.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await sofia.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ad hoc" });
        await sofia.GetByLabel("Everyone below one manager:").CheckAsync();
        await sofia.GetByLabel("Manager (name or work email)").FillAsync("daniel@northwind.example");
        await sofia.GetByLabel("Template", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Half-year check" });
        await sofia.GetByLabel("Calibrate manager ratings before release").CheckAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Create cycle" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Open the cycle" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Manager reviews" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Calibration" })).ToBeVisibleAsync();
        var cyclePage = sofia.Url;

        // The manager rates Priya a 3 and Leo a 4.
        var daniel = await app.SignInAsync("daniel@northwind.example");
        foreach (var (person, rating) in new[] { ("Priya Raman", "3 · Solid"), ("Leo Fischer", "4 · Strong") })
        {
            await daniel.GotoAsync(app.BaseUrl + "/reviews");
            await daniel.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).Filter(new() { HasText = person })
                .GetByRole(AriaRole.Link, new() { Name = "Manager review" }).ClickAsync();
            await daniel.GetByRole(AriaRole.Group, new() { Name = "How is the year going so far?" }).GetByLabel(rating).CheckAsync();
            await daniel.GetByRole(AriaRole.Textbox, new() { Name = "What is going well, and what is not?" }).FillAsync("Steady delivery; the on-call rework landed well.");
            await daniel.GetByRole(AriaRole.Textbox, new() { Name = "What should change for the second half?" }).FillAsync("Lead one planning session a month.");
            await daniel.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
            await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Submitted your manager review" })).ToBeVisibleAsync();
        }

        // HR moves the cycle into calibration and sets up a session of Daniel's team with the form's defaults (Daniel invited).
        await sofia.GotoAsync(cyclePage);
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Calibration" }).ClickAsync();
        await sofia.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Calibration", Exact = true }).ClickAsync();
        await sofia.GetByLabel("Name", new() { Exact = true }).FillAsync("Platform calibration");
        await sofia.GetByLabel("Everyone below one manager:").CheckAsync();
        await sofia.GetByLabel("Manager (name or work email)").FillAsync("Daniel Okafor");
        await sofia.AssertAccessibleAsync();
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Set up the session" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Status).Filter(new() { HasText = "Set up “Platform calibration”" })).ToBeVisibleAsync();
        var session = sofia.Url;

        // By keyboard: Priya's name opens her change form; without a reason it is refused next to the field, keeping the choice.
        await daniel.GotoAsync(session);
        await daniel.GetByRole(AriaRole.Region, new() { Name = "Everyone in the session" }).GetByRole(AriaRole.Link, new() { Name = "Priya Raman" }).ClickAsync();
        await daniel.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "4 · Strong" });
        await daniel.GetByLabel("Potential").SelectOptionAsync(new SelectOptionValue { Label = "High" });
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(daniel.GetByText("A reason is required.")).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByLabel("Rating")).ToHaveValueAsync("4");
        await Assertions.Expect(daniel.GetByLabel("Potential")).ToHaveValueAsync("3");
        await daniel.AssertAccessibleAsync();
        await daniel.GetByLabel("Reason").FillAsync("Led the incident review and drove its follow-ups to done: her goal scores support a 4.");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Priya Raman is now 4 · Strong, potential high" })).ToBeVisibleAsync();
        var star = daniel.GetByRole(AriaRole.Region, new() { NameRegex = new("^Star:") });
        await Assertions.Expect(star.GetByRole(AriaRole.Link, new() { NameRegex = new("Priya Raman") })).ToBeVisibleAsync();

        // By drag: Leo (not placed yet) onto "Core player" opens his form with that box chosen.
        await daniel.GetByRole(AriaRole.Link, new() { NameRegex = new("^Leo Fischer 4") }).DragToAsync(daniel.GetByRole(AriaRole.Region, new() { NameRegex = new("^Core player:") }));
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Leo Fischer" })).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByLabel("Rating")).ToHaveValueAsync("3");
        await Assertions.Expect(daniel.GetByLabel("Potential")).ToHaveValueAsync("2");
        await daniel.GetByLabel("Reason").FillAsync("Compared with the others at his goal scores, a 3.");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Leo Fischer is now 3 · Solid" })).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Region, new() { NameRegex = new("^Core player:") }).GetByRole(AriaRole.Link, new() { NameRegex = new("Leo Fischer") }))
            .ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByText("Compared with the others at his goal scores, a 3.")).ToHaveCountAsync(2); // rating and potential
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("calibration-session");

        // Released: Priya sees the final rating.
        await sofia.GotoAsync(cyclePage);
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Move to: Released: conversations and acknowledgements" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Button, new() { NameRegex = new("^Move to: Closed") })).ToBeVisibleAsync();
        var priya = await app.SignInAsync("priya@northwind.example");
        await priya.GotoAsync(app.BaseUrl + "/reviews");
        await priya.GetByRole(AriaRole.Region, new() { Name = "Released to me" }).GetByRole(AriaRole.Link, new() { NameRegex = new(name) }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "Final rating" })).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByText("of 5 · Strong")).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByText("Led the incident review and drove")).ToHaveCountAsync(0);
        await priya.AssertAccessibleAsync();
        foreach (var page in new[] { sofia, daniel, priya }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DemoSession_ReadsAsFinal_WithItsChangesAndChart()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/calibration");
        await daniel.GetByRole(AriaRole.Link, new() { Name = "Engineering calibration" }).ClickAsync();
        await Assertions.Expect(daniel.GetByText("The cycle is past calibration: these ratings are final.")).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Heading, new() { Name = "Distribution of ratings" })).ToBeVisibleAsync();
        await Assertions.Expect(daniel.GetByText("Led the incident review for the March outage").First).ToBeVisibleAsync();
        await daniel.AssertAccessibleAsync();
        await daniel.ScreenshotAsync("calibration-demo");
        await daniel.Context.CloseAsync();
    }
}
