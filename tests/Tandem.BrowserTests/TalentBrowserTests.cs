using Microsoft.Playwright;

namespace Tandem.BrowserTests;

/// <summary>
/// Talent review in a real browser: HR opens the demo's review, sees its roles by risk of loss and bench strength, reads the
/// warning on Mei's nomination (her shared plan says she doesn't want to lead people), and nominates a successor — refused
/// without a readiness, keeping who was typed, then saved.
/// </summary>
public sealed class TalentBrowserTests
{
    [Fact]
    public async Task Hr_ReadsTheWarnings_AndNominatesASuccessor()
    {
        var app = await BrowserApp.GetAsync();
        var sofia = await app.SignInAsync("sofia@northwind.example");
        await sofia.GotoAsync(app.BaseUrl + "/talent");
        await sofia.GetByRole(AriaRole.Link, new() { Name = "Engineering leadership" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Heading, new() { Name = "Risk of loss" })).ToBeVisibleAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Row).Filter(new() { HasText = "Engineering Manager, Platform" })
            .GetByText("1 ready now · 1 in 1–2 years · 1 in 3+ years")).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("talent-review");

        await sofia.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Engineering Manager, Platform" }).First.ClickAsync();
        await Assertions.Expect(sofia.GetByText("don't want to lead people")).ToBeVisibleAsync();
        await sofia.GetByRole(AriaRole.Combobox, new() { Name = "Who" }).FillAsync("omar@northwind.example");
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Nominate" }).ClickAsync();
        await Assertions.Expect(sofia.GetByText("Choose how ready they are.")).ToBeVisibleAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Combobox, new() { Name = "Who" })).ToHaveValueAsync("omar@northwind.example");
        await sofia.GetByLabel("Readiness").SelectOptionAsync(new SelectOptionValue { Label = "Ready in 1–2 years" });
        await sofia.GetByRole(AriaRole.Button, new() { Name = "Nominate" }).ClickAsync();
        await Assertions.Expect(sofia.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nominated Omar Haddad, ready in 1–2 years" })).ToBeVisibleAsync();
        await sofia.AssertAccessibleAsync();
        await sofia.ScreenshotAsync("talent-role");
        await sofia.Context.CloseAsync();
    }
}
