using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>Feedback in a real browser: the writing check while typing, sending, the inbox and the praise wall.</summary>
public sealed class FeedbackBrowserTests
{
    [Fact]
    public async Task GiveFeedback_WritingCheckFlagsWhileTyping_ThenItIsInGiven()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/feedback/give");

        // The picker as a keyboard user works it: type part of a name, arrow down to the suggestion, Enter.
        var to = page.GetByRole(AriaRole.Combobox, new() { Name = "To" });
        await to.PressSequentiallyAsync("dan");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Daniel Okafor" })).ToBeVisibleAsync();
        await to.PressAsync("ArrowDown");
        await Assertions.Expect(to).ToHaveAttributeAsync("aria-activedescendant", new Regex(".+"));
        await to.PressAsync("Enter");
        await Assertions.Expect(to).ToHaveValueAsync("Daniel Okafor <daniel@northwind.example>");
        await Assertions.Expect(to).ToBeFocusedAsync();
        await page.GetByLabel("Feedforward").CheckAsync();
        var text = page.GetByLabel("Your feedback");
        await text.FillAsync("You are always so disorganised in planning.");
        var check = page.Locator("#writing-check");
        await Assertions.Expect(check).ToContainTextAsync("Describes the person");
        await Assertions.Expect(check).ToContainTextAsync("Absolute");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("give-feedback");

        await text.FillAsync("In Monday's planning we spent 40 minutes on one ticket; a timebox of 10 minutes per item would keep us on track.");
        await Assertions.Expect(check).ToContainTextAsync("nothing to flag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(app.BaseUrl + "/feedback?view=given");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToHaveTextAsync("Feedback sent to Daniel Okafor.");
        await Assertions.Expect(page.GetByText("a timebox of 10 minutes per item")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task GiveFeedback_SentWithTheFormsDefaults_FocusesTheFirstFieldInError_AndKeepsWhatWasTyped()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/feedback/give");
        await page.GetByLabel("Your feedback").FillAsync("Thanks for pairing on the flaky test yesterday.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();

        var to = page.GetByRole(AriaRole.Combobox, new() { Name = "To" });
        await Assertions.Expect(to).ToBeFocusedAsync();
        await Assertions.Expect(to).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator(".field", new() { Has = to }).Locator(".validation-message")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByLabel("Your feedback")).ToHaveValueAsync("Thanks for pairing on the flaky test yesterday.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_ShowsBalanceThemesAndRequests_PraiseWallReacts()
    {
        var app = await BrowserApp.GetAsync();
        var page = await app.SignInAsync("priya@northwind.example");
        await page.GotoAsync(app.BaseUrl + "/feedback");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Praise Constructive Feedforward (advice for next time) — received per month, last six months" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Themes that recur" })).ToContainTextAsync("stakeholder communication");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("feedback");

        await page.GotoAsync(app.BaseUrl + "/feedback/praise");
        var card = page.Locator(".feedback-card", new() { HasText = "release checklist you wrote" });
        var applause = card.GetByRole(AriaRole.Button, new() { Name = "Applause", Exact = false });
        await Assertions.Expect(applause).ToHaveAttributeAsync("aria-pressed", "false");
        var before = await applause.InnerTextAsync();
        await applause.ClickAsync();
        var after = page.Locator(".feedback-card", new() { HasText = "release checklist you wrote" }).GetByRole(AriaRole.Button, new() { Name = "Applause", Exact = false });
        await Assertions.Expect(after).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(after).Not.ToHaveTextAsync(before);
        await page.GetByLabel("Value").SelectOptionAsync(new SelectOptionValue { Label = "Own it" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByText("release checklist you wrote")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("same day and turned a cancellation")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.GotoAsync(app.BaseUrl + "/feedback/praise");
        await page.ScreenshotAsync("praise-wall");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Notices_ListYourRequests_AndMarkOneRead()
    {
        var app = await BrowserApp.GetAsync();
        var daniel = await app.SignInAsync("daniel@northwind.example");
        await daniel.GotoAsync(app.BaseUrl + "/feedback/request");
        var add = daniel.GetByRole(AriaRole.Combobox, new() { Name = "Add a person" });
        await add.PressSequentiallyAsync("priya");
        await Assertions.Expect(daniel.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First).ToContainTextAsync("Priya Raman");
        await add.PressAsync("ArrowDown");
        await add.PressAsync("Enter");
        await Assertions.Expect(daniel.GetByLabel("Whom to ask", new() { Exact = false })).ToHaveValueAsync(new Regex("^Priya .*<priya@northwind.example>$"));
        await Assertions.Expect(add).ToHaveValueAsync("");
        await daniel.GetByLabel("What you'd like to hear about").FillAsync("How did the roadmap review land for you?");
        await daniel.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(daniel.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex("^Asked Priya .* for feedback\\.$"));
        await daniel.Context.CloseAsync();

        var priya = await app.SignInAsync("priya@northwind.example");
        await priya.GotoAsync(app.BaseUrl + "/notifications");
        var notice = priya.Locator("li.notice-row", new() { HasText = "asks for your feedback" }).First;
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("notifications");
        await notice.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("Marked read.");
        await priya.Context.CloseAsync();
    }
}
